package defercheck.semantics;

import defercheck.ir.Instr;
import java.util.Set;

/**
 * What a goroutine's step may touch that another goroutine can see, as the resource names a {@link Chooser}
 * receives. The classification is deliberately coarse and errs towards "touches memory": an exploration may
 * treat two steps as commuting only when neither touches what the other touches, so over-reporting costs
 * schedules, never a missed outcome.
 *
 * <ul>
 *   <li>{@link #MEMORY}: anything shared or not known to be private: globals, captured and address-taken
 *   variables, pointers, slices, maps, fields, natives (including sync and fmt), builtins. It conflicts with
 *   itself, every channel and the clock (close, len and cap of a channel are builtins; the time natives read the
 *   clock).</li>
 *   <li>{@link #OUTPUT}: a write to stdout or stderr (their order is observable).</li>
 *   <li>{@link #GOROUTINES}: the goroutine table: a go statement (goids are numbered in start order) and a
 *   goroutine's end; a native touches it too (runtime.NumGoroutine and the stack natives read the table).</li>
 *   <li>{@link #CLOCK}: time.Sleep (sleepers of one instant wake in the order they slept).</li>
 *   <li>{@code chan N}: a channel operation on the run's N-th channel.</li>
 *   <li>{@link #END}: the program ended (a crash, os.Exit, main returning): conflicts with everything.</li>
 * </ul>
 */
public final class Footprint {
    public static final String MEMORY = "memory";
    public static final String OUTPUT = "output";
    public static final String GOROUTINES = "goroutines";
    public static final String CLOCK = "clock";
    public static final String END = "end";

    private Footprint() {
    }

    /** The resource of a channel operation on {@code c}. */
    static String channel(Channel c) {
        return "chan " + c.serial();
    }

    /**
     * Whether {@code in} touches only the running goroutine's own frames (operand stack, unboxed locals, jumps,
     * calls and returns of its own stack, defers recorded on its own frames). Channel operations and the go
     * statement are reported with their own resources by the interpreter. A conversion is not private: string(b)
     * reads a byte slice's shared array.
     */
    static boolean isPrivate(Instr in) {
        return in instanceof Instr.PushConst || in instanceof Instr.LoadLocal || in instanceof Instr.StoreLocal
                || in instanceof Instr.DeclareBoxed || in instanceof Instr.Pop
                || in instanceof Instr.Binary || in instanceof Instr.Unary || in instanceof Instr.TypeAssert
                || in instanceof Instr.AddressOf || in instanceof Instr.MakeClosure || in instanceof Instr.Jump
                || in instanceof Instr.Goto || in instanceof Instr.JumpIfFalse || in instanceof Instr.Call
                || in instanceof Instr.Return || in instanceof Instr.Defer || in instanceof Instr.DeferBuiltin
                || in instanceof Instr.DecodeRune || in instanceof Instr.NilCheck || in instanceof Instr.Send
                || in instanceof Instr.Recv || in instanceof Instr.Select || in instanceof Instr.Go;
    }

    /** Whether steps that touched {@code a} and {@code b} may not commute. */
    public static boolean conflict(Set<String> a, Set<String> b) {
        if (a.contains(END) || b.contains(END)) {
            return true;
        }
        for (String r : a) {
            if (b.contains(r) || b.contains(MEMORY) && withMemory(r)) {
                return true;
            }
        }
        for (String r : b) {
            if (a.contains(MEMORY) && withMemory(r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a step that touched memory may not commute with one that touched {@code r}. */
    private static boolean withMemory(String r) {
        return !r.equals(OUTPUT) && !r.equals(GOROUTINES);
    }
}

package defercheck.ir;

import defercheck.source.Span;
import java.util.List;

/**
 * One instruction of a function body. The IR is a stack machine: operands are pushed, instructions pop
 * them. Every machine (abstract semantics and runtime strategies) runs the same instructions; they differ
 * only in how {@link Defer}, {@link Return}, panics and recover work.
 *
 * <p>Every instruction carries the span of the source construct it came from, so a runtime panic,
 * a trace step or a diagnostic can point at the source. Stack effects are given as (pops → pushes).
 */
public sealed interface Instr {

    Span span();

    /** (→ 1) */
    record PushConst(Constant value, Span span) implements Instr { }

    /** (→ 1) a plain, uncaptured local slot. */
    record LoadLocal(int slot, Span span) implements Instr { }

    /** (1 →) */
    record StoreLocal(int slot, Span span) implements Instr { }

    /** (→ 1) a slot that holds a box because a closure captures it; reads the box's content. */
    record LoadBoxed(int slot, Span span) implements Instr { }

    /** (1 →) writes into the box held by the slot. */
    record StoreBoxed(int slot, Span span) implements Instr { }

    /**
     * (→) puts a fresh box holding the zero value of {@code type} into the slot. Emitted where a
     * captured variable is declared, so each execution of the declaration makes a new variable.
     */
    record DeclareBoxed(int slot, Type type, Span span) implements Instr { }

    /**
     * (→) Go 1.22 per-iteration loop variables: replaces the slot's box with a fresh box holding the
     * same value, just before the loop's post statement. Emitted only when the language version has it.
     */
    record RenewBoxed(int slot, Span span) implements Instr { }

    /** (→ 1) reads captured variable {@code index} of the running closure. */
    record LoadCaptured(int index, Span span) implements Instr { }

    /** (1 →) */
    record StoreCaptured(int index, Span span) implements Instr { }

    /** (→ 1) */
    record LoadGlobal(int global, Span span) implements Instr { }

    /** (1 →) */
    record StoreGlobal(int global, Span span) implements Instr { }

    /** (1 →) discards the top of the operand stack. */
    record Pop(Span span) implements Instr { }

    /**
     * (2 → 1) {@code operandType} is the static type of both operands (for == on interfaces, + on
     * strings). DIV and REM by zero panic with "integer divide by zero".
     */
    record Binary(BinaryOp op, Type operandType, Span span) implements Instr { }

    /** (1 → 1) */
    record Unary(UnaryOp op, Span span) implements Instr { }

    /** (→ 1) {@code &x}: a pointer to the box that the (boxed) local slot holds. */
    record AddressOf(int slot, Type.Pointer type, Span span) implements Instr { }

    /** (→ 1) {@code &x} for captured variable {@code index} of the running closure. */
    record AddressOfCaptured(int index, Type.Pointer type, Span span) implements Instr { }

    /**
     * (p → *p) reads through a pointer. A nil pointer faults (SIGSEGV), which the runtime turns into the
     * panic "invalid memory address or nil pointer dereference".
     */
    record Deref(Span span) implements Instr { }

    /** (→) */
    record Jump(int target, Span span) implements Instr { }

    /**
     * (→) a {@code goto}: jumps like {@link Jump}. Kept apart because gc ends the current block at a goto, even
     * one that jumps backward, and starts one at every label (as if a goto to the label preceded it): the
     * lowering emits a goto to the next instruction at each label, and the plan's dead-code rules read both.
     */
    record Goto(int target, Span span) implements Instr { }

    /** (1 →) jumps when the popped bool is false. */
    record JumpIfFalse(int target, Span span) implements Instr { }

    /**
     * (→ 1) a func value for {@code function} closing over the given variables. A top-level function
     * used as a value is a closure with no captures.
     */
    record MakeClosure(int function, List<Capture> captures, Span span) implements Instr {
        public MakeClosure {
            captures = List.copyOf(captures);
        }
    }

    /**
     * (callee, arg1..argN → result1..resultM) calls a func value. A nil callee panics with a nil
     * dereference. {@code resultCount} is the callee's result count; callers Pop what they discard.
     */
    record Call(int argc, int resultCount, Span span) implements Instr { }

    /** (arg1..argN → results) calls a builtin. */
    record CallBuiltin(Builtin builtin, int argc, int resultCount, Span span) implements Instr { }

    /**
     * (callee, arg1..argN →) the {@code defer} statement: the callee and arguments have already been
     * evaluated (in order, at the statement); this pushes a niladic deferred call onto the frame.
     * {@code site} indexes {@link Function#deferSites()}.
     */
    record Defer(int site, int argc, Span span) implements Instr { }

    /** (arg1..argN →) {@code defer print(...)}, {@code defer recover()}, {@code defer panic(v)} and so on. */
    record DeferBuiltin(int site, Builtin builtin, int argc, Span span) implements Instr { }

    /**
     * (x → v) or, with {@code commaOk}, (x → v, ok). {@code sourceType} is x's static interface type and
     * appears in the panic message: "interface conversion: interface {} is string, not int".
     */
    record TypeAssert(Type target, Type sourceType, boolean commaOk, Span span) implements Instr { }

    /**
     * (x → s) for an interface or func operand of {@code print}/{@code println}: the runtime prints such
     * values as addresses ({@code (0x4b2a40,0xc000012345)} for an interface, {@code 0x47c1e0} for a func),
     * which this replaces by the same shape with made-up numbers. Only a nil interface's {@code (0x0,0x0)}
     * is exact; conformance compares stderr with hexadecimal numbers masked.
     */
    record PrintAddress(Type staticType, Span span) implements Instr { }

    /**
     * (→) leaves the function: the result slots already hold the results (the lowering stores the
     * operands of {@code return e1, e2} after evaluating all of them). Runs the frame's defers, then
     * returns the result slots' values to the caller.
     */
    record Return(Span span) implements Instr { }
}

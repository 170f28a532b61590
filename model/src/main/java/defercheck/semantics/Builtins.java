package defercheck.semantics;

import defercheck.ir.Builtin;
import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.source.ByteStrings;
import java.util.List;

/** The builtins and the library calls the machines implement directly. */
final class Builtins {
    private final Host machine;
    private final Containers containers;

    Builtins(Host machine, Containers containers) {
        this.machine = machine;
        this.containers = containers;
    }

    void call(Frame f, Instr.CallBuiltin c) {
        List<Value> args = f.popN(c.argc());
        if (c.builtin() == Builtin.DELETE && containers.unhashable(f, args.get(1), c.span())) {
            return;
        }
        switch (c.builtin()) {
            case PRINT -> machine.write(true, ValueFormat.print(args), c.span());
            case PRINTLN -> machine.write(true, ValueFormat.println(args), c.span());
            case FMT_PRINT -> fmtWrite(f, c, FmtFormat.sprint(args));
            case FMT_PRINTLN -> fmtWrite(f, c, FmtFormat.sprintln(args));
            case FMT_SPRINT -> f.push(new Value.StringValue(FmtFormat.sprint(args)));
            case FMT_SPRINTLN -> f.push(new Value.StringValue(FmtFormat.sprintln(args)));
            case FMT_SPRINTF -> f.push(new Value.StringValue(FmtFormat.sprintf(args)));
            case FMT_PRINTF -> fmtWrite(f, c, FmtFormat.sprintf(args));
            case PANIC -> machine.raisePanic(f, RuntimeErrors.panicValue(machine.version(), args.get(0)), c.span());
            case RECOVER -> f.push(Values.copy(machine.recover(f, c.span())));
            case RUNTIME_GOEXIT -> machine.goexit(f, c.span());
            case RUNTIME_BREAKPOINT -> machine.finish(Outcome.Kind.BREAKPOINT, 2, c.span(),
                    "SIGTRAP: trace trap\nPC=0x0 m=0 sigcode=128\n\ngoroutine 1 [running]:\n" + machine.stackDump());
            case RUNTIME_GC -> { }
            case OS_EXIT -> {
                long code = ((Value.IntValue) args.get(0)).value();
                machine.finish(Outcome.Kind.OS_EXIT, (int) (code & 0xff), c.span(), "");
            }
            default -> f.push(ValueBuiltins.apply(c.builtin(), args));
        }
        if (c.builtin() == Builtin.COPY || c.builtin() == Builtin.DELETE || c.builtin() == Builtin.CLEAR) {
            afterEffect(f, c);
        }
    }

    /** copy returns its count, delete and clear nothing: the value pushed by ValueBuiltins is dropped for those. */
    private static void afterEffect(Frame f, Instr.CallBuiltin c) {
        Value v = f.pop();
        if (c.resultCount() == 1) {
            f.push(v);
        }
    }

    /** fmt.Print/Println write to stdout and return (bytes written, nil error) when the caller keeps them. */
    private void fmtWrite(Frame f, Instr.CallBuiltin c, String text) {
        machine.write(false, text, c.span());
        if (c.resultCount() == 2) {
            f.push(new Value.IntValue(text.length()));
            f.push(new Value.NilValue(Type.ERROR));
        }
    }

    /** The byte string of Java text (library messages are ASCII, but the rule is the same). */
    static String bytes(String text) {
        return ByteStrings.fromText(text);
    }
}

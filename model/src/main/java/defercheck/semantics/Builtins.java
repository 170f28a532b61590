package defercheck.semantics;

import defercheck.ir.Instr;
import defercheck.ir.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The builtins and library calls of the subset: output, panic, recover, Goexit, Breakpoint, os.Exit. */
final class Builtins {
    private final Host machine;

    Builtins(Host machine) {
        this.machine = machine;
    }

    void call(Frame f, Instr.CallBuiltin c) {
        List<Value> args = f.popN(c.argc());
        switch (c.builtin()) {
            case PRINT:
                machine.write(true, ValueFormat.print(args), c.span());
                break;
            case PRINTLN:
                machine.write(true, ValueFormat.println(args), c.span());
                break;
            case FMT_PRINT:
                fmtWrite(f, c, ValueFormat.fmtSprint(args));
                break;
            case FMT_PRINTLN:
                fmtWrite(f, c, ValueFormat.fmtSprintln(args));
                break;
            case FMT_SPRINT:
                f.push(new Value.StringValue(ValueFormat.fmtSprint(args)));
                break;
            case FMT_SPRINTLN:
                f.push(new Value.StringValue(ValueFormat.fmtSprintln(args)));
                break;
            case FMT_SPRINTF:
                f.push(new Value.StringValue(ValueFormat.fmtSprintf(args)));
                break;
            case PANIC:
                machine.raisePanic(f, RuntimeErrors.panicValue(machine.version(), args.get(0)), c.span());
                break;
            case RECOVER:
                f.push(machine.recover(f, c.span()));
                break;
            case RUNTIME_GOEXIT:
                machine.goexit(f, c.span());
                break;
            case RUNTIME_BREAKPOINT:
                machine.finish(Outcome.Kind.BREAKPOINT, 2, c.span(),
                        "SIGTRAP: trace trap\nPC=0x0 m=0 sigcode=128\n\ngoroutine 1 [running]:\n"
                                + machine.stackDump());
                break;
            case OS_EXIT:
                long code = ((Value.IntValue) args.get(0)).value();
                machine.finish(Outcome.Kind.OS_EXIT, (int) (code & 0xff), c.span(), "");
                break;
            default:
                throw new AssertionError(c.builtin());
        }
    }

    /** fmt.Print/Println write to stdout and return (bytes written, nil error) when the caller keeps them. */
    private void fmtWrite(Frame f, Instr.CallBuiltin c, String text) {
        machine.write(false, text, c.span());
        if (c.resultCount() == 2) {
            f.push(new Value.IntValue(text.getBytes(StandardCharsets.UTF_8).length));
            f.push(new Value.NilValue(Type.ERROR));
        }
    }
}

package defercheck.semantics;

import defercheck.ir.Builtin;
import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.source.ByteStrings;
import java.util.List;

/** The builtins and the library calls the machines implement directly. */
final class Builtins {
    private final Host machine;
    private final Containers containers;
    private final ChannelOps channels;

    Builtins(Host machine, Containers containers, ChannelOps channels) {
        this.machine = machine;
        this.containers = containers;
        this.channels = channels;
    }

    void call(Frame f, Instr.CallBuiltin c) {
        List<Value> args = f.popN(c.argc());
        if (c.builtin() == Builtin.DELETE && containers.unhashable(f, args.get(1), c.span())) {
            return;
        }
        if ((c.builtin() == Builtin.PRINT || c.builtin() == Builtin.PRINTLN) && ProgramCounters.anyPc(args)) {
            Natives.refuse(machine, new NativeCall.Step.Refused(ProgramCounters.PRINTING), c.span());
            return;
        }
        switch (c.builtin()) {
            case PRINT -> machine.write(true, ValueFormat.print(args), c.span());
            case PRINTLN -> machine.write(true, ValueFormat.println(args), c.span());
            case FMT_PRINT, FMT_PRINTLN, FMT_PRINTF, FMT_SPRINT, FMT_SPRINTLN, FMT_SPRINTF -> fmt(f, c, args);
            case PANIC -> machine.raisePanic(f, RuntimeErrors.panicValue(machine.version(), args.get(0)), c.span());
            case RECOVER -> f.push(Values.copy(machine.recover(f, c.span())));
            case RUNTIME_GOEXIT -> machine.goexit(f, c.span());
            case RUNTIME_BREAKPOINT -> machine.finish(Outcome.Kind.BREAKPOINT, 2, c.span(),
                    "SIGTRAP: trace trap\nPC=0x0 m=0 sigcode=128\n\ngoroutine " + machine.running().id() + " [running]:\n" + machine.stackDump());
            case RUNTIME_GC -> { }
            case RUNTIME_GOSCHED -> machine.syncPoint(true);
            case CLOSE -> channels.close(f, args.get(0), c.span());
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

    /**
     * A fmt call: formatted at once when no Error, String or GoString method has to run, else as a native frame
     * (FmtCall) that calls the methods as Go code.
     */
    private void fmt(Frame f, Instr.CallBuiltin c, List<Value> args) {
        NativeCall.Step first = new FmtCall(c.builtin(), args, c.resultCount(), machine).step(List.of());
        if (first instanceof NativeCall.Step.Done d) {
            if (!d.output().isEmpty()) {
                machine.write(false, d.output(), c.span());
            }
            d.results().forEach(f::push);
            return;
        } else if (first instanceof NativeCall.Step.Refused r) {
            Natives.refuse(machine, r, c.span());
            return;
        }
        Function fn = Natives.forBuiltin(c.builtin(), args.size(), FmtCall.resultTypes(c.builtin(), c.resultCount()));
        machine.call(f, new Value.FuncValue(fn, new Box[0]), args, c.span());
    }

    /** The byte string of Java text (library messages are ASCII, but the rule is the same). */
    static String bytes(String text) {
        return ByteStrings.fromText(text);
    }
}

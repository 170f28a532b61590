package defercheck.semantics;

import defercheck.ir.Builtin;
import defercheck.source.GoVersion;
import defercheck.source.Span;
import java.util.ArrayList;
import java.util.List;

/** Rules 3 to 8 of the semantics: raising panics and Goexit, the defer walk, recover, recovery and the crash. */
final class PanicMachinery {
    private final AbstractMachine machine;

    PanicMachinery(AbstractMachine machine) {
        this.machine = machine;
    }

    void raiseValue(AbstractFrame f, Value v, Span span) {
        raise(f, v, false, span);
    }

    /** runtime.Goexit: like a panic whose record recover() never returns and the crash text never prints. */
    void goexit(AbstractFrame f, Span span) {
        raise(f, null, true, span);
    }

    private void raise(AbstractFrame f, Value v, boolean goexit, Span span) {
        PanicRecord p = new PanicRecord(v, goexit, f.depth(), machine.nextPanicSerial());
        machine.panicStack().add(p);
        f.setMode(FrameMode.PANICKING);
        machine.emit(new Event.Panicked(span, p.describe()));
    }

    /** Rule 3: take the next deferred call of the innermost frame that has one, remove it, call it. */
    void runNextDefer(AbstractFrame panicking) {
        List<PanicRecord> panics = machine.panicStack();
        PanicRecord p = panics.get(panics.size() - 1);
        for (int i = machine.frameCount() - 1; i >= 0; i--) {
            AbstractFrame f = machine.frame(i);
            if (f.hasDefers()) {
                machine.callDeferred(f.popDefer(), f, new Invocation.ByPanic(p, f), p.describe());
                return;
            }
        }
        if (p.goexit()) {
            machine.goexitDone(panicking);
        } else {
            crash(panicking);
        }
    }

    /**
     * Rule 4, mirroring runtime.gorecover's argp check: recover's caller must be the deferred call that
     * the top panic's machinery started. A wrapped {@code defer recover()} counts as called by the frame
     * that deferred it, which is why it works only inside a deferred function (test/recover1.go).
     */
    Value recoverBuiltin(Frame caller, Span span) {
        Frame effective = caller;
        if (caller.wrappedBuiltin() == Builtin.RECOVER) {
            effective = deferrer(caller.invocation());
        }
        PanicRecord top = seenByRecover(machine.panicStack());
        String refusal = refusal(top, effective);
        if (refusal != null) {
            machine.emit(new Event.RecoverCalled(span, "nil", refusal));
            return new Value.NilValue(defercheck.ir.Type.ANY);
        }
        top.markRecovered();
        Value v = top.value();
        machine.emit(new Event.RecoverCalled(span, ValueFormat.debug(v), "recovers panic #" + top.serial()));
        return v;
    }

    /**
     * The record gorecover looks at: the top one; before 1.14 the newest that is not a Goexit, since Goexit
     * pushed no {@code _panic} record then (GoVersion#goexitHasPanicRecord).
     */
    private PanicRecord seenByRecover(List<PanicRecord> panics) {
        for (int i = panics.size() - 1; i >= 0; i--) {
            PanicRecord p = panics.get(i);
            if (!p.goexit() || machine.version().goexitHasPanicRecord()) {
                return p;
            }
        }
        return null;
    }

    private static String refusal(PanicRecord top, Frame effective) {
        if (top == null) {
            return "no panic";
        } else if (top.goexit()) {
            return "Goexit is running, not a panic";
        } else if (top.recovered()) {
            return "panic #" + top.serial() + " is already recovered";
        } else if (effective == null || !(effective.invocation() instanceof Invocation.ByPanic bp)
                || bp.panic() != top) {
            return "caller is not a deferred call run by panic #" + top.serial();
        }
        return null;
    }

    private static Frame deferrer(Invocation how) {
        if (how instanceof Invocation.AtExit a) {
            return a.deferrer();
        } else if (how instanceof Invocation.ByPanic b) {
            return b.deferrer();
        }
        return null;
    }

    /**
     * Rule 5: a deferred call returned with its panic recovered. Drop the recovered panic and every panic
     * raised at or below the deferring frame; resume Goexit if one of those is a Goexit (from 1.22; from
     * 1.14 only one directly below the recovered panic, see GoVersion#recoveryResumesGoexit); otherwise
     * unwind to the deferring frame, which finishes in normal-return mode.
     */
    void recover(PanicRecord recovered, Frame deferrer) {
        List<PanicRecord> panics = machine.panicStack();
        List<String> dropped = new ArrayList<>();
        while (!panics.isEmpty()) {
            PanicRecord q = panics.get(panics.size() - 1);
            if (q.raisedDepth() < deferrer.depth()) {
                break;
            }
            if (q.goexit() && machine.version().recoveryResumesGoexit(dropped.size() == 1)) {
                machine.unwindAbove(q.raisedDepth());
                machine.emit(new Event.Recovery(deferrer.function().span(),
                        deferrer.name(), dropped, true));
                return;
            }
            panics.remove(panics.size() - 1);
            dropped.add(q.describe());
        }
        machine.unwindAbove(deferrer.depth());
        machine.frame(deferrer.depth()).setMode(FrameMode.EXITING);
        machine.emit(new Event.Recovery(deferrer.function().span(), deferrer.name(), dropped, false));
    }

    /** Rule 7: no deferred calls remain; print the panic stack oldest first and exit 2. */
    private void crash(Frame panicking) {
        if (PreprintPanics.start(machine, panicking, machine.panicStack(), machine::top)) {
            return;
        }
        machine.finish(Outcome.Kind.PANIC_CRASH, 2, panicking.function().span(),
                CrashText.panicCrash(machine.panicStack(), machine.version(), machine.signalled(),
                        machine.running()));
    }

    /** Mirrors runtime.printpanics: oldest first, a tab before each later one, Goexit records silent. */
    static void printPanics(StringBuilder sb, List<PanicRecord> panics, GoVersion version) {
        for (int i = 0; i < panics.size(); i++) {
            PanicRecord p = panics.get(i);
            if (i > 0 && !panics.get(i - 1).goexit()) {
                sb.append('\t');
            }
            if (p.goexit()) {
                continue;
            }
            sb.append("panic: ").append(p.printed() != null ? ValueFormat.indented(p.printed(), version)
                    : ValueFormat.panicValue(p.value(), version));
            if (p.recovered()) {
                sb.append(" [recovered]");
            }
            sb.append('\n');
        }
    }
}

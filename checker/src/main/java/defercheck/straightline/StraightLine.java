package defercheck.straightline;

import defercheck.semantics.DeferredCall;
import defercheck.semantics.Event;
import defercheck.semantics.Frame;
import defercheck.semantics.Goroutine;
import defercheck.semantics.Machine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.semantics.PanicRecord;
import defercheck.semantics.Value;
import defercheck.semantics.ValueFormat;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one machine's run of any Go program back as a straight-line GoDefer program. Every frame of the run
 * (main, each call, each deferred call) gets a body of its own holding what that frame did, in order: defer
 * statements, calls, panics, Goexit, recover calls, prints, writes of named results, return, os.Exit. The run's
 * observables become GoDefer's log and outcome ({@link StraightLineValues} numbers the Go values).
 *
 * <p>What ordinary Go code computed (the branches taken, the values printed, panicked and written) is taken from
 * the run. What the defer machinery decides is not: which deferred call runs next, what recover returns, where a
 * recovered panic resumes, how the run ends. GoDefer decides those by its own rules, so a machine that decides
 * one of them differently from the abstract semantics gets a log or outcome GoDefer does not produce.
 *
 * <p>A run this reading cannot express is refused with the reason ({@link #refusal()}): a named result written
 * from a frame GoDefer's closures cannot reach (a closure handed to another function and called there), a frame
 * that starts with neither a call nor a deferred call, an ending GoDefer does not model.
 */
final class StraightLine implements MachineListener {
    private static final Pattern GOEXIT = Pattern.compile("#\\d+ Goexit.*|_panic#\\d+\\{goexit.*|Goexit.*");
    /** A marker for "the next frame is an ordinary call". */
    private static final StraightLineBody CALL = new StraightLineBody(null, 0);

    private final List<StraightLineBody> bodies = new ArrayList<>();
    private final List<StraightLineBody> live = new ArrayList<>();
    private final Map<DeferredCall, StraightLineBody> calls = new IdentityHashMap<>();
    private final List<StraightLineLog.Entry> log = new ArrayList<>();
    private final StraightLineValues values = new StraightLineValues();
    private final StraightLineBody entry = newEntry();
    private final boolean divergent;
    private StraightLineBody starting;
    private StraightLineBody returned;
    private int lastSerial;
    private int statements;
    private String outcome;
    private String refusal;
    /** GoDefer runs one goroutine: a run that starts another is not a straight-line program. */
    static final String GOROUTINES = "the run starts a goroutine, which GoDefer does not model";

    /** {@code divergent}: the machine's observables are known to differ from the abstract machine's. */
    StraightLine(boolean divergent) {
        this.divergent = divergent;
    }

    @Override
    public void onEvent(Event e, Machine m) {
        see(e, m.running());
    }

    /**
     * Null when the run reads back; else why not, in the user's terms. A runtime fatal error (only a flawed
     * strategy gets one) reads back as an outcome no GoDefer run has.
     */
    String refusal() {
        if (refusal == null && statements > StraightLineExport.MAX_STATEMENTS) {
            return tooLong();
        }
        return refusal != null ? refusal : outcome == null ? "the run did not end" : null;
    }

    int statements() {
        return statements;
    }

    private static String tooLong() {
        return "the run has more than " + StraightLineExport.MAX_STATEMENTS + " statements, more than one TLC check"
                + " is meant for";
    }

    List<StraightLineBody> bodies() {
        return bodies;
    }

    List<StraightLineLog.Entry> log() {
        return log;
    }

    String outcome() {
        return outcome;
    }

    StraightLineValues values() {
        return values;
    }

    private void see(Event e, Goroutine v) {
        if (refusal != null || outcome != null) {
            return;
        }
        if (statements > StraightLineExport.MAX_STATEMENTS) {
            refusal = tooLong();
            return;
        }
        if (e instanceof Event.GoroutineStarted || v.id() != 1) {
            refusal = GOROUTINES;
            return;
        }
        if (e instanceof Event.Called c && c.function().startsWith("sync.")) {
            refusal = "the run calls " + c.function() + ": package sync, which GoDefer does not model";
            return;
        }
        if (e instanceof Event.DeferPushed d && !v.frames().isEmpty()
                && !d.frame().equals(v.frames().get(v.frames().size() - 1).name())) {
            refusal = "a range-over-func body defers onto " + d.frame() + ", which GoDefer does not model";
            return;
        }
        noteWrites(v, e);
        if (e instanceof Event.DeferredCallStarted d) {
            startDeferred(d);
        } else if (e instanceof Event.Called && starting == null) {
            starting = CALL;
        }
        sync(v);
        if (refusal == null) {
            apply(e, v);
        }
    }

    private void apply(Event e, Goroutine v) {
        if (e instanceof Event.DeferPushed d) {
            StraightLineBody t = top();
            StraightLineBody r = newBody(t, t.ops.size() + 1);
            add(t, "xdefer", r, 0);
            calls.put(d.deferred(), r);
        } else if (e instanceof Event.Panicked p) {
            panicked(p, v);
        } else if (e instanceof Event.Output o) {
            int id = values.of(o.stderr() ? "stderr" : "stdout", ValueFormat.debug(new Value.StringValue(o.text())));
            add(top(), "print", null, id);
            log.add(new StraightLineLog.Value("print", id));
        } else if (e instanceof Event.RecoverCalled r) {
            recovered(r);
        } else if (e instanceof Event.ReturnStarted) {
            StraightLineBody t = top();
            if (t.results) {
                t.current = t.resultsNow();
                add(t, "retval", null, values.result(t, t.current));
            } else {
                add(t, "return", null, 0);
            }
        } else if (e instanceof Event.Returned r && returned != null) {
            if (returned.called && returned.results) {
                log.add(new StraightLineLog.Ret(returned, values.result(returned, String.join(", ", r.results()))));
            }
        } else if (e instanceof Event.Finished f) {
            finished(f, v);
        }
    }

    private void panicked(Event.Panicked p, Goroutine v) {
        List<PanicRecord> ps = v.panics();
        PanicRecord newest = ps.isEmpty() ? null : ps.get(ps.size() - 1);
        boolean fresh = newest != null && newest.serial() > lastSerial;
        if (fresh) {
            lastSerial = newest.serial();
        }
        if (GOEXIT.matcher(p.panic()).matches() || !fresh || newest.goexit()) {
            add(top(), "goexit", null, 0);
        } else {
            add(top(), "panic", null, values.panicValue(ValueFormat.debug(newest.value())));
        }
    }

    /** recover() in a frame of its own: GoDefer's {@code defer recover()} wrapper, whose result no one sees. */
    private void recovered(Event.RecoverCalled r) {
        StraightLineBody t = top();
        if (t.frame.wrappedBuiltin() != null) {
            add(t, "wrecover", null, 0);
        } else {
            add(t, "recover", null, 0);
            log.add(new StraightLineLog.Value("recover", values.panicValue(r.result())));
        }
    }

    private void finished(Event.Finished f, Goroutine v) {
        switch (f.kind()) {
            case NORMAL_EXIT -> outcome = "[kind |-> \"exit\", chain |-> <<>>]";
            case GOEXIT_DEADLOCK -> outcome = "[kind |-> \"deadlock\", chain |-> <<>>]";
            case OS_EXIT -> {
                add(top(), "exit", null, f.exitCode());
                values.exitCode(f.exitCode());
                log.add(new StraightLineLog.Value("exit", f.exitCode()));
                outcome = "[kind |-> \"osexit\", chain |-> <<>>]";
            }
            case PANIC_CRASH -> outcome = "[kind |-> \"crash\", chain |-> <<" + chain(v.panics()) + ">>]";
            case FATAL_ERROR -> outcome = "[kind |-> \"fatal_error\", chain |-> <<>>]";
            default -> unmodelled(f.kind());
        }
    }

    /**
     * An ending GoDefer has no word for (a stack overflow, runtime.Breakpoint, the step budget): for a machine
     * already known to diverge from the abstract one it is an outcome no GoDefer run has, so TLC reports the
     * difference; for any other run there is nothing to check it against.
     */
    private void unmodelled(Outcome.Kind kind) {
        if (divergent) {
            outcome = "[kind |-> \"" + kind.name().toLowerCase(Locale.ROOT) + "\", chain |-> <<>>]";
        } else {
            refusal = "the run ends in " + kind.describe() + ", which GoDefer does not model";
        }
    }

    /** The crash report's panics (no Goexit), oldest first, as GoDefer's CrashChain has them. */
    private String chain(List<PanicRecord> ps) {
        List<String> out = new ArrayList<>();
        for (PanicRecord p : ps) {
            if (!p.goexit()) {
                out.add("[val |-> " + values.panicValue(ValueFormat.debug(p.value())) + ", recovered |-> "
                        + (p.recovered() ? "TRUE" : "FALSE") + "]");
            }
        }
        return String.join(", ", out);
    }

    /** The deferred call the event names, by identity: its body starts next. */
    private void startDeferred(Event.DeferredCallStarted d) {
        StraightLineBody r = calls.get(d.deferred());
        if (r == null) {
            refusal = "a deferred call started that no defer statement of the run pushed (" + d.call() + ")";
            return;
        }
        log.add(new StraightLineLog.Start(r.deferrer, r.deferPc));
        if (r.frame != null) {
            r = newBody(r.deferrer, r.deferPc);  // a flawed machine runs the call again: a body no defer names
        }
        starting = r;
    }

    /** Follows the machine's frames: frames gone since the last event return, new ones start a body. */
    private void sync(Goroutine v) {
        List<Frame> fs = v.frames();
        int k = 0;
        while (k < live.size() && k < fs.size() && live.get(k).frame == fs.get(k)) {
            k++;
        }
        returned = null;
        while (live.size() > k) {
            returned = live.remove(live.size() - 1);
        }
        for (int i = k; i < fs.size() && refusal == null; i++) {
            enter(fs.get(i));
        }
    }

    /**
     * A frame starts: a deferred call's body made at its defer statement, or a new body called by the frame below
     * (by the entry for the goroutine's first frames: package initialisation, main.main).
     */
    private void enter(Frame f) {
        StraightLineBody b;
        if (starting != null && starting != CALL) {
            b = starting;
            b.start(f);
        } else if (starting == CALL || live.isEmpty()) {
            b = newBody(null, 0);
            b.start(f);
            b.called = true;
            b.caller = live.isEmpty() ? entry : top();
            add(b.caller, "call", b, 0);
        } else {
            refusal = "frame " + f.name() + " starts with neither a call nor a deferred call starting";
            return;
        }
        starting = null;
        live.add(b);
    }

    /** A statement for body b, counted. */
    private void add(StraightLineBody b, String op, StraightLineBody target, int val) {
        b.add(op, target, val);
        statements++;
    }

    /**
     * Named results written since the last event: a {@code setres} in the running frame, which GoDefer lets write
     * only its owner's results. The return statement's own write is ReturnStarted's; only return writes unnamed
     * results (a flawed machine that changes one anyway shows in the call's {@code ret} entry).
     */
    private void noteWrites(Goroutine v, Event e) {
        List<Frame> fs = v.frames();
        for (int i = 0; i < live.size() && i < fs.size() && live.get(i).frame == fs.get(i); i++) {
            StraightLineBody b = live.get(i);
            if (!b.named || (e instanceof Event.ReturnStarted && i == live.size() - 1)) {
                continue;
            }
            String now = b.resultsNow();
            if (!now.equals(b.current)) {
                write(b, now);
            }
        }
    }

    private void write(StraightLineBody b, String now) {
        StraightLineBody writer = top();
        if (writer.owner() != b) {
            refusal = writer.name() + " writes the named result of " + b.name() + ", which GoDefer's closures"
                    + " reach only through the calls that deferred or called them";
        } else {
            add(writer, "setres", null, values.result(b, now));
            b.current = now;
        }
    }

    private StraightLineBody newEntry() {
        StraightLineBody b = newBody(null, 0);
        b.root = true;
        return b;
    }

    private StraightLineBody newBody(StraightLineBody deferrer, int pc) {
        StraightLineBody b = new StraightLineBody(deferrer, pc);
        bodies.add(b);
        return b;
    }

    private StraightLineBody top() {
        return live.get(live.size() - 1);
    }
}

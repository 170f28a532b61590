package defercheck.runtime;

import defercheck.ir.Builtin;
import defercheck.ir.Function;
import defercheck.ir.Program;
import defercheck.ir.Type;
import defercheck.semantics.Box;
import defercheck.semantics.CrashText;
import defercheck.semantics.DeferredCall;
import defercheck.semantics.Event;
import defercheck.semantics.Frame;
import defercheck.semantics.Invocation;
import defercheck.semantics.Limits;
import defercheck.semantics.MachineBase;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.semantics.PanicRecord;
import defercheck.semantics.StackDump;
import defercheck.semantics.Value;
import defercheck.semantics.ValueFormat;
import defercheck.semantics.Zero;
import defercheck.source.GoVersion;
import defercheck.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One goroutine run by a runtime strategy: Go frames with their compiled-in defer state, the
 * {@code g._defer} chain, the {@code g._panic} chain and the per-P record pool. Plain instructions go to
 * the shared interpreter; {@code defer} becomes deferproc, deferprocStack or an open-coded bit
 * ({@link DeferStatement}), and returns, panics and Goexit go to the configured {@link PanicRuntime}. One step
 * is one instruction or one action of a runtime routine; no Go call uses the Java stack.
 *
 * <p>The chains {@code g._defer} and {@code g._panic} (and 1.22's {@code gp.param}) belong to each goroutine
 * ({@link RuntimeGoroutine}), like the frames; the pool is per-P and the cost counters are the program's.
 */
public final class RuntimeMachine extends MachineBase<GoFrame, RuntimeGoroutine> {
    private static final FramePlan NO_DEFERS = new FramePlan(false, List.of());
    final MachineConfig config;
    final DeferPool pool = new DeferPool();
    final CostCounter cost = new CostCounter();
    private final FramePlan[] plans;
    private final PanicRuntime runtime;
    private final OpenDeferExitCode openExit = new OpenDeferExitCode(this);
    private final DeferStatement deferStatement = new DeferStatement(this);

    public RuntimeMachine(Program program, GoVersion version, Limits limits, MachineConfig config,
                          MachineListener listener) {
        super(program, version, limits, listener);
        this.config = config;
        this.plans = new FramePlan[program.functions().size()];
        this.runtime = config.panicLoop() ? new PanicLoopRuntime(this) : new LegacyRuntime(this);
        start();
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    protected RuntimeGoroutine newGoroutine(int id) {
        return new RuntimeGoroutine(id);
    }

    @Override
    protected void step(GoFrame top) {
        try {
            if (top.activity == null) {
                execute(top);
            } else if (top.activity instanceof Activity.OpenDeferExit x) {
                openExit.step(top, x);
            } else {
                runtime.resume(top);
            }
        } catch (RuntimeException e) {
            if (config.flaws().isEmpty()) {
                throw e;
            }
            // A flawed runtime can follow a record of a frame that is gone (the real one would read a dead
            // stack); that is the mutant misbehaving, so it ends the run as a fatal error the explorer can
            // report, while a sound machine that throws is still a defercheck bug.
            finish(Outcome.Kind.FATAL_ERROR, 2, top.function().span(),
                    "fatal error: the flawed runtime used a stale record (" + e.getClass().getSimpleName() + ")\n");
        }
    }

    // ---- frames

    FramePlan planOf(Function fn) {
        if (fn.id() >= plans.length || fn.deferSites().isEmpty()) {
            return NO_DEFERS;
        }
        if (plans[fn.id()] == null) {
            plans[fn.id()] = config.plan().plan(fn);
        }
        return plans[fn.id()];
    }

    @Override
    protected GoFrame newFrame(Function fn, Box[] captures, List<Value> args, Invocation how, int depth,
                               Builtin wrapped) {
        return new GoFrame(fn, captures, args, how, depth, wrapped, planOf(fn));
    }

    /** A runtime trace places each call, deferred or not, at the callee's declaration. */
    @Override
    protected Event.Called called(Function fn, List<Value> args, Invocation how, Span site) {
        return new Event.Called(fn.span(), fn.name(), describeAll(args));
    }

    /** The runtime calls a deferred function (reflectcall, deferCallSave, deferreturn or open exit code). */
    int callDeferred(DeferredCall call, GoFrame deferrer, String reason) {
        return callDeferred(call, deferrer, new Invocation.Deferred(deferrer), reason);
    }

    /** Control goes back to the runtime routine on the frame below, which resumes at the next step. */
    @Override
    protected void returnedDeferred(GoFrame f) {
        // nothing to do until then
    }

    GoFrame frameAt(long sp) {
        return frame(Sp.depth(sp));
    }

    // ---- chain, pool, panics

    void pushRecord(DeferRecord d) {
        RuntimeGoroutine g = g();
        d.link = g.deferHead;
        g.deferHead = d;
    }

    /** runtime.newdefer: the per-P pool first, then a fresh record. */
    DeferRecord newdefer() {
        DeferRecord pooled = pool.take();
        DeferRecord d = pooled != null ? pooled : pool.allocate();
        if (pooled == null) {
            cost.heapAllocated++;
            action("newdefer", () -> "heap record #" + d.id + " allocated");
        } else {
            cost.poolReuses++;
            action("newdefer", () -> "heap record #" + d.id + " reused from the per-P pool");
        }
        return d;
    }

    void freedefer(DeferRecord d) {
        pool.free(d);
    }

    RuntimePanic newPanic(Value v, boolean goexit) {
        return new RuntimePanic(v, goexit, nextPanicSerial());
    }

    /** Zeroes the result slots: the flaw {@link Flaw#RESULTS_NOT_WRITTEN_BACK}. */
    void zeroResults(GoFrame f) {
        Function fn = f.function();
        for (int i = 0; i < fn.results(); i++) {
            int slot = fn.firstResultSlot() + i;
            Value zero = Zero.of(fn.slots().get(slot).type());
            if (fn.slots().get(slot).boxed()) {
                f.box(slot).set(zero);
            } else {
                f.setLocal(slot, zero);
            }
        }
    }

    // ---- endings

    /** runtime.fatalpanic after preprintpanics: the g._panic chain, oldest first. */
    void crash(GoFrame at) {
        List<RuntimePanic> chain = new ArrayList<>();
        for (RuntimePanic p = g().panicHead; p != null; p = p.link) {
            chain.add(0, p);
        }
        if (defercheck.semantics.PreprintPanics.start(this, at, chain, this::top)) {
            return;
        }
        List<PanicRecord> oldestFirst = new ArrayList<>();
        for (RuntimePanic p = g().panicHead; p != null; p = p.link) {
            oldestFirst.add(0, p.toRecord(at.depth()));
        }
        finish(Outcome.Kind.PANIC_CRASH, 2, at.function().span(),
                CrashText.panicCrash(oldestFirst, version(), signalled(), running()));
    }

    /** runtime.throw: an internal consistency check of the runtime failed. */
    void fatal(GoFrame at, String message) {
        finish(Outcome.Kind.FATAL_ERROR, 2, at.function().span(), "fatal error: " + message
                + "\n\ngoroutine " + running().id() + " [running]:\n" + StackDump.render(running().frames()));
    }

    /** A runtime step for traces; the detail text is only built when someone is tracing. */
    void action(String routine, Supplier<String> detail) {
        if (tracing()) {
            emit(new Event.RuntimeAction(top().function().span(), routine, detail.get()));
        }
    }

    // ---- Host: where the strategies differ

    @Override
    public void deferCall(Frame f, DeferredCall call) {
        deferStatement.execute(frame(f.depth()), call);
    }

    /**
     * runtime.deferrangefunc: gc never open-codes such a frame and calls deferreturn when it returns. (The
     * runtime also links a marker record that deferconvert later replaces by the body's defers; the model puts
     * them where the marker stood when it links them, see DeferStatement.deferprocat.)
     */
    @Override
    protected void rangeFuncFrame(GoFrame f) {
        f.rangeFuncDefers = true;
        action("deferrangefunc", () -> f.name() + " takes the defers of its range-over-func loop bodies");
    }

    @Override
    public void deferCallAt(Frame target, DeferredCall call) {
        deferStatement.deferprocat(frame(target.depth()), call);
    }

    /** The compiler's exit path: inline open-coded exit code, a deferreturn call, or a plain RET. */
    @Override
    public void returnFrom(Frame frame, Span span) {
        GoFrame f = frame(frame.depth());
        if (tracing() && f.wrappedBuiltin() == null) {
            emit(new Event.ReturnStarted(span, f.name(), f.namedResults(), PendingDefers.owedBy(this, f).size()));
        }
        if (f.openCoded()) {
            f.activity = new Activity.OpenDeferExit(f.slots.length);
        } else if (f.hasDeferSites()) {
            runtime.deferreturn(f);
        } else {
            finishFrame(f);
        }
    }

    @Override
    public void raisePanic(Frame f, Value v, Span span) {
        runtime.gopanic(frame(f.depth()), v, span);
    }

    @Override
    public void goexit(Frame f, Span span) {
        runtime.goexit(frame(f.depth()), span);
    }

    /**
     * Mirrors runtime.gorecover: the top _panic must be a real panic, not yet recovered, whose argp is
     * recover's caller's. The wrapper of {@code defer recover()} passes its deferrer's argp.
     */
    @Override
    public Value recover(Frame caller, Span span) {
        GoFrame f = frame(caller.depth());
        int argp = caller.wrappedBuiltin() == Builtin.RECOVER ? f.deferrerDepth : caller.depth();
        RuntimePanic p = g().panicHead;
        boolean argpOk = config.has(Flaw.RECOVER_WITHOUT_ARGP) || (p != null && argp == p.argp);
        if (p == null || p.goexit || p.recovered || !argpOk) {
            String why = p == null ? "g._panic is nil" : p.goexit ? "g._panic is a Goexit"
                    : p.recovered ? "already recovered" : "argp " + argp + " != _panic.argp " + p.argp;
            emit(new Event.RecoverCalled(span, "nil", why));
            return new Value.NilValue(Type.ANY);
        }
        p.recovered = true;
        emit(new Event.RecoverCalled(span, ValueFormat.debug(p.arg), "recovers _panic#" + p.serial));
        return p.arg;
    }

    // ---- inspection

    @Override
    public RuntimeSnapshot snapshot() {
        return SnapshotBuilder.of(this);
    }

    /** Every step but reaching a line, a call and output can change a record, a bit or the pool. */
    @Override
    public boolean changesSnapshot(Event e) {
        return !(e instanceof Event.LineReached) && !(e instanceof Event.Output) && !(e instanceof Event.Called);
    }

    public Cost cost() {
        return cost.snapshot();
    }
}

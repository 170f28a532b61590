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
import defercheck.semantics.Host;
import defercheck.semantics.Interpreter;
import defercheck.semantics.Invocation;
import defercheck.semantics.Limits;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.Observations;
import defercheck.semantics.Outcome;
import defercheck.semantics.PanicRecord;
import defercheck.semantics.StackDump;
import defercheck.semantics.Value;
import defercheck.semantics.ValueFormat;
import defercheck.semantics.Wrappers;
import defercheck.source.GoVersion;
import defercheck.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One goroutine run by a runtime strategy: Go frames with their compiled-in defer state, the
 * {@code g._defer} chain, the {@code g._panic} chain and the per-P record pool. Plain instructions go to
 * the shared {@link Interpreter}; {@code defer} becomes deferproc, deferprocStack or an open-coded bit,
 * and returns, panics and Goexit go to the configured {@link PanicRuntime}. One step is one instruction
 * or one action of a runtime routine; no Go call uses the Java stack.
 */
public final class RuntimeMachine implements Host {
    private static final FramePlan NO_DEFERS = new FramePlan(false, List.of());
    private final Program program;
    private final GoVersion version;
    private final Limits limits;
    private final RuntimeListener listener;
    final MachineConfig config;
    final List<GoFrame> frames = new ArrayList<>();
    /** g._defer: the head of the chain. */
    DeferRecord deferHead;
    /** g._panic: the newest panic. */
    RuntimePanic panicHead;
    final DeferPool pool = new DeferPool();
    final CostCounter cost = new CostCounter();
    private final FramePlan[] plans;
    private final Value[] globals;
    private final Observations observations = new Observations();
    private final Interpreter interpreter = new Interpreter(this);
    private final Wrappers wrappers;
    private final PanicRuntime runtime;
    private final OpenDeferExitCode openExit = new OpenDeferExitCode(this);
    private final DeferStatement deferStatement = new DeferStatement(this);
    private long steps;
    private int panicSerial;
    private boolean signalled;
    private Outcome outcome;

    public RuntimeMachine(Program program, GoVersion version, Limits limits, MachineConfig config,
                          RuntimeListener listener) {
        this.program = program;
        this.version = version;
        this.limits = limits;
        this.config = config;
        this.listener = listener;
        this.plans = new FramePlan[program.functions().size()];
        this.globals = new Value[program.globals().size()];
        for (int i = 0; i < globals.length; i++) {
            globals[i] = defercheck.semantics.Zero.of(program.globals().get(i).type());
        }
        this.wrappers = new Wrappers(program.functions().size());
        this.runtime = config.panicLoop() ? new PanicLoopRuntime(this) : new LegacyRuntime(this);
        boolean hasInit = program.init() >= 0;
        Function first = program.function(hasInit ? program.init() : program.main());
        pushFrame(first, new Box[0], List.of(), hasInit ? CallerKind.ENTRY_INIT : CallerKind.ENTRY_MAIN, -1, null);
    }

    public Outcome run() {
        while (step()) {
            // one instruction or one runtime action per step
        }
        return outcome;
    }

    public boolean step() {
        if (outcome != null) {
            return false;
        }
        if (++steps > limits.maxSteps()) {
            finish(Outcome.Kind.STEP_LIMIT, 124, top().frame.function().span(),
                    "defercheck: step limit exceeded after " + limits.maxSteps()
                            + " steps (a defercheck budget, not Go behaviour)\n");
            return false;
        }
        GoFrame top = top();
        try {
            if (top.activity == null) {
                interpreter.execute(top.frame);
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
            finish(Outcome.Kind.FATAL_ERROR, 2, top.frame.function().span(),
                    "fatal error: the flawed runtime used a stale record (" + e.getClass().getSimpleName() + ")\n");
        }
        return outcome == null;
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

    private void pushFrame(Function fn, Box[] captures, List<Value> args, CallerKind kind, int deferrer,
                           Builtin wrapped) {
        if (frames.size() >= limits.maxDepth()) {
            finish(Outcome.Kind.STACK_OVERFLOW, 2, fn.span(), CrashText.stackOverflow(plainFrames()));
            return;
        }
        Invocation how = kind == CallerKind.ENTRY_MAIN || kind == CallerKind.ENTRY_INIT
                ? new Invocation.Entry(kind == CallerKind.ENTRY_MAIN) : new Invocation.Call();
        Frame f = new Frame(fn, captures, args, how, frames.size(), wrapped);
        frames.add(new GoFrame(f, planOf(fn), kind, deferrer));
        if (tracing() && wrapped == null && !fn.name().startsWith("runtime.")) {
            emit(new Event.Called(fn.span(), fn.name(), AbstractMachine.describeAll(args)));
        }
    }

    /** The runtime calls a deferred function (reflectcall, deferCallSave, deferreturn or open exit code). */
    int callDeferred(DeferredCall call, GoFrame deferrer, String reason) {
        emit(new Event.DeferredCallStarted(call.site().span(), call.site().index(), call.instance(),
                deferrer.name(), call.describe(), reason, call));
        int depth = frames.size();
        Span span = call.site().span();
        if (call.builtin() != null) {
            pushFrame(wrappers.forBuiltin(call.builtin(), call.args().size(), span), new Box[0], call.args(),
                    CallerKind.DEFERRED, deferrer.depth(), call.builtin());
        } else if (call.callee() instanceof Value.FuncValue fv) {
            pushFrame(fv.function(), fv.captures(), call.args(), CallerKind.DEFERRED, deferrer.depth(), null);
        } else {
            pushFrame(wrappers.forNilCall(((Value.NilValue) call.callee()).type(), call.args().size(), span),
                    new Box[0], call.args(), CallerKind.DEFERRED, deferrer.depth(), null);
        }
        return depth;
    }

    /** The frame returns to its caller with its result slots as they stand. */
    void finishFrame(GoFrame gf) {
        frames.remove(frames.size() - 1);
        Frame f = gf.frame;
        List<Value> results = f.results();
        if (f.wrappedBuiltin() == null) {
            emit(new Event.Returned(f.function().span(), f.name(), AbstractMachine.describeAll(results)));
        }
        switch (gf.kind) {
            case ORDINARY:
                results.forEach(top().frame::push);
                break;
            case ENTRY_MAIN:
                finish(Outcome.Kind.NORMAL_EXIT, 0, f.function().span(), "");
                break;
            case ENTRY_INIT:
                pushFrame(program.function(program.main()), new Box[0], List.of(), CallerKind.ENTRY_MAIN, -1, null);
                break;
            case DEFERRED:
                break;
            default:
                throw new AssertionError(gf.kind);
        }
    }

    /** Discards every frame above {@code depth}: what gogo to a recovered sp does to the stack. */
    void unwindAbove(int depth) {
        while (frames.size() > depth + 1) {
            frames.remove(frames.size() - 1);
        }
    }

    GoFrame top() {
        return frames.get(frames.size() - 1);
    }

    GoFrame frameAt(long sp) {
        return frames.get(Sp.depth(sp));
    }

    GoFrame frameOf(Frame f) {
        return frames.get(f.depth());
    }

    List<Frame> plainFrames() {
        List<Frame> out = new ArrayList<>(frames.size());
        frames.forEach(g -> out.add(g.frame));
        return out;
    }

    // ---- chain, pool, panics

    void pushRecord(DeferRecord d) {
        d.link = deferHead;
        deferHead = d;
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
        return new RuntimePanic(v, goexit, ++panicSerial);
    }

    /** Zeroes the result slots: the flaw {@link Flaw#RESULTS_NOT_WRITTEN_BACK}. */
    void zeroResults(GoFrame gf) {
        Function fn = gf.frame.function();
        for (int i = 0; i < fn.results(); i++) {
            int slot = fn.firstResultSlot() + i;
            Value zero = defercheck.semantics.Zero.of(fn.slots().get(slot).type());
            if (fn.slots().get(slot).boxed()) {
                gf.frame.box(slot).set(zero);
            } else {
                gf.frame.setLocal(slot, zero);
            }
        }
    }

    // ---- endings

    /** runtime.fatalpanic after preprintpanics: the g._panic chain, oldest first. */
    void crash(GoFrame at) {
        List<RuntimePanic> chain = new ArrayList<>();
        for (RuntimePanic p = panicHead; p != null; p = p.link) {
            chain.add(0, p);
        }
        if (defercheck.semantics.PreprintPanics.start(this, at.frame, chain, () -> top().frame)) {
            return;
        }
        List<PanicRecord> oldestFirst = new ArrayList<>();
        for (RuntimePanic p = panicHead; p != null; p = p.link) {
            oldestFirst.add(0, p.toRecord(at.depth()));
        }
        finish(Outcome.Kind.PANIC_CRASH, 2, at.frame.function().span(),
                CrashText.panicCrash(oldestFirst, version, signalled, plainFrames()));
    }

    /** runtime.goexit1 on the main goroutine. */
    void goexitDone(GoFrame at) {
        finish(Outcome.Kind.GOEXIT_DEADLOCK, 2, at.frame.function().span(), CrashText.GOEXIT_DEADLOCK);
    }

    /** runtime.throw: an internal consistency check of the runtime failed. */
    void fatal(GoFrame at, String message) {
        finish(Outcome.Kind.FATAL_ERROR, 2, at.frame.function().span(), "fatal error: " + message
                + "\n\ngoroutine 1 [running]:\n" + StackDump.render(plainFrames()));
    }

    /** A runtime step for traces; the detail text is only built when someone is tracing. */
    void action(String routine, java.util.function.Supplier<String> detail) {
        if (tracing()) {
            emit(new Event.RuntimeAction(top().frame.function().span(), routine, detail.get()));
        }
    }

    // ---- Host

    @Override
    public void finish(Outcome.Kind kind, int exitCode, Span span, String stderrText) {
        observations.write(true, stderrText);
        emit(new Event.Finished(span, kind, exitCode));
        outcome = observations.end(kind, exitCode);
    }

    @Override
    public void write(boolean toStderr, String text, Span span) {
        observations.write(toStderr, text);
        emit(new Event.Output(span, toStderr, text));
    }

    @Override
    public boolean tracing() {
        return listener != RuntimeListener.NONE;
    }

    @Override
    public void emit(Event e) {
        observations.record(e);
        listener.onEvent(e, this);
    }

    @Override
    public void call(Frame caller, Value.FuncValue fn, List<Value> args, Span span) {
        pushFrame(fn.function(), fn.captures(), args, CallerKind.ORDINARY, -1, null);
    }

    @Override
    public void deferCall(Frame f, DeferredCall call) {
        deferStatement.execute(frameOf(f), call);
    }

    /** The compiler's exit path: inline open-coded exit code, a deferreturn call, or a plain RET. */
    @Override
    public void returnFrom(Frame f, Span span) {
        GoFrame gf = frameOf(f);
        if (tracing() && f.wrappedBuiltin() == null) {
            emit(new Event.ReturnStarted(span, f.name(), f.namedResults(), PendingDefers.owedBy(this, gf).size()));
        }
        if (gf.openCoded()) {
            gf.activity = new Activity.OpenDeferExit(gf.slots.length);
        } else if (gf.hasDeferSites()) {
            runtime.deferreturn(gf);
        } else {
            finishFrame(gf);
        }
    }

    @Override
    public void raisePanic(Frame f, Value v, Span span) {
        runtime.gopanic(frameOf(f), v, span);
    }

    @Override
    public void goexit(Frame f, Span span) {
        runtime.goexit(frameOf(f), span);
    }

    /**
     * Mirrors runtime.gorecover: the top _panic must be a real panic, not yet recovered, whose argp is
     * recover's caller's. The wrapper of {@code defer recover()} passes its deferrer's argp.
     */
    @Override
    public Value recover(Frame caller, Span span) {
        GoFrame gf = frameOf(caller);
        int argp = caller.wrappedBuiltin() == Builtin.RECOVER ? gf.deferrerDepth : caller.depth();
        RuntimePanic p = panicHead;
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

    @Override
    public void markSignalled() {
        signalled = true;
    }

    @Override
    public String stackDump() {
        return StackDump.render(plainFrames());
    }

    @Override
    public Program program() {
        return program;
    }

    @Override
    public GoVersion version() {
        return version;
    }

    @Override
    public Value[] globals() {
        return globals;
    }

    // ---- inspection

    public Outcome outcome() {
        return outcome;
    }

    public Cost cost() {
        return cost.snapshot();
    }

    public String name() {
        return config.name();
    }

    public Snapshot snapshot() {
        return SnapshotBuilder.of(this);
    }
}

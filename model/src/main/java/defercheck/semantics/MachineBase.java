package defercheck.semantics;

import defercheck.ir.Builtin;
import defercheck.ir.Function;
import defercheck.ir.Program;
import defercheck.source.GoVersion;
import defercheck.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the abstract machine and every runtime machine do the same way, written once: the program-wide state of a
 * run (globals, the outputs and observable events, the outcome, the step budget), the {@link Host} callbacks that
 * do not involve the defer machinery, and the goroutine's frame stack with the call protocol every machine shares:
 * pushing a frame (and Go's stack-overflow fatal error past the depth budget), starting a deferred call (a func
 * value, or the runtime's wrapper for a deferred builtin or nil func), and returning to whoever called the frame.
 * A subclass supplies its frames ({@code F}), one step of its defer machinery, and what a deferred call's return
 * means to it.
 *
 * <p>The frame stack, panic serials and the signal mark belong to a goroutine ({@link GoroutineState}, extended by
 * each machine with its own per-goroutine defer state); the rest is the program's. {@link #step()} asks the
 * {@link Scheduler} which goroutine runs at each synchronisation point and steps that goroutine's top frame; every
 * frame accessor below reads the running goroutine.
 */
public abstract class MachineBase<F extends Frame, G extends GoroutineState<F>> implements Machine, Host {
    private static final Box[] NO_CAPTURES = new Box[0];
    private final Program program;
    private final GoVersion version;
    private final Limits limits;
    private final MachineListener listener;
    private final Value[] globals;
    private final Observations observations = new Observations();
    private final Interpreter interpreter = new Interpreter(this);
    private final Wrappers wrappers;
    private long steps;
    private Outcome outcome;
    /** Every goroutine started, in the order of their goids; the dead ones stay, for numbering. */
    private final List<G> all = new ArrayList<>();
    private Chooser chooser = ChoiceScope.current();
    private final Scheduler<G> scheduler = new Scheduler<>(
            runnable -> chooser.choose(Chooser.Kind.SCHEDULE, runnable.size(), runnable, null));
    private final Semaphores semaphores = new Semaphores();
    /** The virtual clock of time.Sleep and the timers. */
    private final VirtualClock clock;
    /** The running goroutine. */
    private G current;
    /** The running goroutine reached a synchronisation point: the scheduler chooses before the next step. */
    private boolean syncPoint;
    private boolean yielded;
    /** Where main's goroutine ran runtime.Goexit to its end, once it has; null before. */
    private Span mainGoexit;

    protected MachineBase(Program program, GoVersion version, Limits limits, MachineListener listener) {
        this.program = program;
        this.version = version;
        this.limits = limits;
        this.listener = listener;
        this.clock = new VirtualClock(version.atLeast(23));
        this.globals = new Value[program.globals().size()];
        for (int i = 0; i < globals.length && tooLarge == null; i++) {
            defercheck.ir.Global g = program.globals().get(i);
            try {
                globals[i] = g.nativeInit() == null ? Zero.of(g.type()) : Natives.initialGlobal(g, program, version);
            } catch (Zero.ArrayTooLarge e) {
                tooLarge = e;
                tooLargeAt = g.declared();
            }
        }
        this.wrappers = new Wrappers(program.functions().size());
    }

    /** A goroutine's own state, in the machine's terms, with goid {@code id}. */
    protected abstract G newGoroutine(int id);

    /** Pushes the main goroutine's first frame: the package initializer, or main.main. Call it last in a constructor. */
    protected final void start() {
        current = newGoroutine(1);
        all.add(current);
        boolean hasInit = program.init() >= 0;
        Function first = program.function(hasInit ? program.init() : program.main());
        pushFrame(first, NO_CAPTURES, List.of(), new Invocation.Entry(!hasInit), null, first.span());
    }

    @Override
    public final boolean step() {
        if (outcome != null) {
            return false;
        }
        if (tooLarge != null) {
            refuseTooLarge(tooLarge, tooLargeAt);
            return false;
        }
        if (syncPoint || current.status() != GoroutineState.Status.RUNNABLE) {
            G next = scheduler.next(current, yielded);
            if (next == null && (semaphores.wakeStale(this) || advanceClock())) {
                next = scheduler.next(null, false);
            }
            syncPoint = false;
            yielded = false;
            if (next == null) {
                if (outcome == null) {
                    deadlock();
                }
                return false;
            }
            current = next;
        }
        if (++steps > limits.maxSteps()) {
            finish(Outcome.Kind.STEP_LIMIT, 124, top().function().span(),
                    "defercheck: step limit exceeded after " + limits.maxSteps()
                            + " steps (a defercheck budget, not Go behaviour)\n");
            return false;
        }
        try {
            step(top());
        } catch (Zero.ArrayTooLarge e) {
            F f = top();
            refuseTooLarge(e, f.function().code().get(Math.max(f.pc() - 1, 0)).span());
        }
        return outcome == null;
    }

    /** A package variable whose zero value is too large to build, found when the machine was made. */
    private Zero.ArrayTooLarge tooLarge;
    private Span tooLargeAt;

    private void refuseTooLarge(Zero.ArrayTooLarge e, Span at) {
        finish(Outcome.Kind.REFUSED, 65, at, at.position() + ": unsupported: " + e.getMessage() + "\n");
    }

    /** One step on the running frame: an instruction, or one action of the defer machinery running on it. */
    protected abstract void step(F top);

    /** Runs one instruction of {@code f}'s code. */
    protected final void execute(F f) {
        interpreter.execute(f);
    }

    // ---- frames

    protected abstract F newFrame(Function fn, Box[] captures, List<Value> args, Invocation how, int depth,
                                  Builtin wrapped);

    /** The event announcing a new frame, or null for none: machines place it differently in their traces. */
    protected abstract Event.Called called(Function fn, List<Value> args, Invocation how, Span site);

    /** Pushes a frame, or ends the run with Go's stack-overflow fatal error when the depth budget is spent. */
    protected final void pushFrame(Function fn, Box[] captures, List<Value> args, Invocation how, Builtin wrapped,
                                   Span site) {
        List<F> frames = current.stack();
        if (frames.size() >= limits.maxDepth()) {
            finish(Outcome.Kind.STACK_OVERFLOW, 2, fn.span(), CrashText.stackOverflow(goroutineFrames()));
            return;
        }
        F frame = newFrame(fn, captures, args, how, frames.size(), wrapped);
        Natives.placed(frame, site);
        frames.add(frame);
        if (tracing() && wrapped == null && !fn.name().startsWith("runtime.")) {
            Event.Called c = called(fn, args, how, site);
            if (c != null) {
                emit(c);
            }
        }
    }

    /**
     * Starts a deferred call for {@code deferrer}: a frame for a func value, or the runtime's wrapper for a deferred
     * builtin or nil func (whose call panics only now). Returns the depth of the new frame.
     */
    public final int callDeferred(DeferredCall call, F deferrer, Invocation how, String reason) {
        emit(new Event.DeferredCallStarted(call.site().span(), call.site().index(), call.instance(),
                deferrer.name(), call.describe(), reason, call));
        int depth = current.stack().size();
        Span site = call.site().span();
        if (call.builtin() != null) {
            pushFrame(wrappers.forBuiltin(call.builtin(), call.args().size(), site), NO_CAPTURES, call.args(), how,
                    call.builtin(), site);
        } else if (call.callee() instanceof Value.FuncValue fv) {
            pushFrame(fv.function(), fv.captures(), call.args(), how, null, site);
        } else {
            pushFrame(wrappers.forNilCall(((Value.NilValue) call.callee()).type(), call.args().size(), site),
                    NO_CAPTURES, call.args(), how, null, site);
        }
        return depth;
    }

    /**
     * The top frame returns with its result slots as they stand: to its caller's operand stack, from main.main to
     * the end of the program, from the package initializer to main.main, from a deferred call to the machinery.
     */
    public final void finishFrame(F f) {
        List<F> frames = current.stack();
        frames.remove(frames.size() - 1);
        List<Value> results = f.results();
        if (f.wrappedBuiltin() == null) {
            emit(new Event.Returned(f.function().span(), f.name(), describeAll(results)));
        }
        Invocation how = f.invocation();
        if (how instanceof Invocation.Call) {
            results.forEach(top()::push);
        } else if (how instanceof Invocation.Entry e && e.isMain()) {
            finish(Outcome.Kind.NORMAL_EXIT, 0, f.function().span(), "");
        } else if (how instanceof Invocation.GoEntry) {
            goroutineDone();
        } else if (how instanceof Invocation.Entry) {
            Function mainFn = program.function(program.main());
            pushFrame(mainFn, NO_CAPTURES, List.of(), new Invocation.Entry(true), null, mainFn.span());
        } else {
            returnedDeferred(f);
        }
    }

    /** A deferred call's frame has returned and is gone ({@link Invocation#AtExit} and the others). */
    protected abstract void returnedDeferred(F f);

    /** Discards every frame above {@code depth}: what a recovery does to the stack. */
    public final void unwindAbove(int depth) {
        List<F> frames = current.stack();
        while (frames.size() > depth + 1) {
            frames.remove(frames.size() - 1);
        }
    }

    @Override
    public final Value deferRangeFunc(Frame f, Span span) {
        rangeFuncFrame(frame(f.depth()));
        long token = (long) running().id() << 40 | (long) f.function().id() << 20 | f.depth();
        return new Value.IntValue(defercheck.ir.Type.UINTPTR, token);
    }

    @Override
    public final Frame deferTarget(Value token, Span span) {
        long t = ((Value.IntValue) token).value();
        int depth = (int) (t & 0xFFFFF);
        int function = (int) (t >>> 20 & 0xFFFFF);
        if ((t >>> 40) != running().id() || depth >= frameCount() || frame(depth).function().id() != function) {
            // gc would defer onto another goroutine's frame, or throw "defer after range func returned"
            finish(Outcome.Kind.REFUSED, 65, span, span.position()
                    + ": unsupported: a range-over-func body deferring outside its loop's goroutine or frame\n");
            return null;
        }
        return frame(depth);
    }

    /** The frame called runtime.deferrangefunc: it has deferred calls from a loop body now, maybe none yet. */
    protected abstract void rangeFuncFrame(F f);

    /** The running goroutine's top frame. */
    public final F top() {
        return current.top();
    }

    /** The running goroutine's frame at {@code depth} (0 is the entry). */
    public final F frame(int depth) {
        return current.stack().get(depth);
    }

    /** How many frames the running goroutine has. */
    public final int frameCount() {
        return current.stack().size();
    }

    /** The running goroutine's frames, outermost first, read-only. */
    protected final List<F> frameList() {
        return Collections.unmodifiableList(current.stack());
    }

    private List<Frame> goroutineFrames() {
        return current.frames();
    }

    /** The running goroutine in the machine's own terms. */
    public final G g() {
        return current;
    }

    /** Numbers the running goroutine's panics (and Goexits) for traces: 1 for its first. */
    protected final int nextPanicSerial() {
        return current.nextPanicSerial();
    }

    /** Whether a fault came from a signal (SIGSEGV): the crash text then carries a [signal] line. */
    protected final boolean signalled() {
        return current.signalled();
    }

    // ---- goroutines and their endings

    /**
     * A {@code go} statement: a new goroutine whose entry frame calls {@code fn} with {@code args}, already
     * evaluated. It joins the run queue; the scheduler chooses at this synchronisation point.
     */
    @Override
    public final void startGoroutine(Value.FuncValue fn, List<Value> args, Span span) {
        touch(Footprint.GOROUTINES);
        G g = newGoroutine(all.size() + 1);
        all.add(g);
        g.stack().add(newFrame(fn.function(), fn.captures(), args, new Invocation.GoEntry(), 0, null));
        if (tracing()) {
            emit(new Event.GoroutineStarted(span, g.id(), fn.function().name()));
        }
        scheduler.enqueue(g);
        syncPoint = true;
    }

    /** The running goroutine parks in {@code op} (gopark): another one runs from the next step on. */
    @Override
    public final void park(String reason, Object op) {
        current.park(reason, op);
    }

    /** Wakes a parked goroutine (goready): it joins the run queue; its operation stays for it to collect. */
    @Override
    public final void ready(Goroutine g) {
        @SuppressWarnings("unchecked")
        G woken = (G) g;
        woken.ready();
        scheduler.enqueue(woken);
        syncPoint = true;
    }

    /** time.Sleep on the virtual clock ({@link VirtualClock}): false for a duration that does not sleep. */
    @Override
    public final boolean sleep(long nanos) {
        if (nanos <= 0) {
            return false;
        }
        touch(Footprint.CLOCK);
        current.park("sleep", clock.sleep(current, nanos));
        return true;
    }

    /**
     * Moves the virtual clock on, instant by instant, until a goroutine can run (woken from a sleep, sent a
     * timer's value, or started by a func timer); false when no alarm can make one run (then checkdead decides),
     * or when only tickers nobody can receive from are left: the real program hangs, which the model refuses.
     */
    private boolean advanceClock() {
        while (clock.keepsAlive()) {
            List<GoroutineState<?>> woken = clock.advance(this);
            if (woken == null) {
                Span at = current.stack().isEmpty() ? program.function(program.main()).span() : top().function().span();
                finish(Outcome.Kind.REFUSED, 65, at, at.position() + ": unsupported: every goroutine is blocked while a"
                        + " time.Ticker ticks on (the real program hangs)\n");
                return false;
            }
            woken.forEach(this::ready);
            for (G g : all) {
                if (g.status() == GoroutineState.Status.RUNNABLE) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public final VirtualClock clock() {
        return clock;
    }

    @Override
    public final Semaphores semaphores() {
        return semaphores;
    }

    /** The running goroutine collects the operation it was parked in (null if none) and forgets it. */
    @Override
    public final Object collectParked() {
        Object op = current.parked();
        current.unpark();
        return op;
    }

    /** The running goroutine reached a synchronisation point; {@code yield}: runtime.Gosched. */
    @Override
    public final void syncPoint(boolean yield) {
        syncPoint = true;
        yielded |= yield;
    }

    /** goexit0: a goroutine other than main's returned from its entry function. */
    private void goroutineDone() {
        touch(Footprint.GOROUTINES);
        current.die();
        syncPoint = true;
    }

    /**
     * runtime.Goexit has run every deferred call of the running goroutine: it ends. For main's goroutine the
     * program goes on while other goroutines live; with none left, it ends as the runtime's checkdead says.
     */
    public final void goexitDone(Span span) {
        if (current.id() == 1) {
            mainGoexit = span;
        }
        touch(Footprint.GOROUTINES);
        if (mainGoexit != null && live().equals(List.of(current))) {
            // the last goroutine: the run ends here, with its frames still shown as the runtime's dump has them
            finish(Outcome.Kind.GOEXIT_DEADLOCK, 2, span, CrashText.GOEXIT_DEADLOCK);
            return;
        }
        current.die();
        syncPoint = true;
    }

    /** Mirrors runtime.checkdead once no goroutine can run. */
    private void deadlock() {
        List<G> waiting = live();
        if (waiting.isEmpty() && mainGoexit != null) {
            finish(Outcome.Kind.GOEXIT_DEADLOCK, 2, mainGoexit, CrashText.GOEXIT_DEADLOCK);
            return;
        }
        current = waiting.get(0);
        finish(Outcome.Kind.DEADLOCK, 2, current.top().function().span(), CrashText.deadlock(waiting));
    }

    private List<G> live() {
        List<G> out = new ArrayList<>();
        for (G g : all) {
            if (g.status() != GoroutineState.Status.DEAD) {
                out.add(g);
            }
        }
        return out;
    }

    public static List<String> describeAll(List<Value> values) {
        List<String> out = new ArrayList<>(values.size());
        values.forEach(v -> out.add(ValueFormat.debug(v)));
        return out;
    }

    // ---- the contract

    @Override
    public final Outcome outcome() {
        return outcome;
    }

    @Override
    public final long steps() {
        return steps;
    }

    /** The live goroutines, main's first, then in the order they started. */
    @Override
    public final List<Goroutine> goroutines() {
        return List.copyOf(live());
    }

    @Override
    public final Goroutine running() {
        return current;
    }

    // ---- Host

    @Override
    public final Program program() {
        return program;
    }

    @Override
    public final GoVersion version() {
        return version;
    }

    @Override
    public final Value[] globals() {
        return globals;
    }

    @Override
    public final void emit(Event e) {
        if (e instanceof Event.Recovery) {
            // every machine emits Recovery once the frame it resumes is the top one
            List<F> stack = current.stack();
            stack.get(stack.size() - 1).markResumedByRecovery();
        }
        observations.record(e);
        listener.onEvent(e, this);
    }

    @Override
    public final boolean tracing() {
        return listener != MachineListener.NONE;
    }

    @Override
    public final void write(boolean toStderr, String text, Span span) {
        observations.write(toStderr, text);
        emit(new Event.Output(span, toStderr, text));
        touch(Footprint.OUTPUT);
        // a synchronisation point: under the default chooser the running goroutine stays first and goes on
        syncPoint = true;
    }

    @Override
    public final void finish(Outcome.Kind kind, int exitCode, Span span, String stderrText) {
        observations.write(true, stderrText);
        emit(new Event.Finished(span, kind, exitCode));
        touch(Footprint.END);
        outcome = observations.end(kind, exitCode);
    }

    @Override
    public final void call(Frame caller, Value.FuncValue fn, List<Value> args, Span span) {
        pushFrame(fn.function(), fn.captures(), args, new Invocation.Call(), null, span);
    }

    @Override
    public final void choices(Chooser chooser) {
        this.chooser = chooser;
    }

    @Override
    public final int choose(Chooser.Kind kind, int n, Span at) {
        return chooser.choose(kind, n, List.of(), at);
    }

    @Override
    public final boolean recordsFootprints() {
        return chooser.footprints();
    }

    @Override
    public final void touch(String resource) {
        if (chooser.footprints()) {
            chooser.touch(resource);
        }
    }

    @Override
    public final void markSignalled() {
        current.markSignalled();
    }

    @Override
    public final String stackDump() {
        return StackDump.render(goroutineFrames());
    }
}

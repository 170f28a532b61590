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
 * <p>The frame stack, panic serials and the signal mark belong to the one goroutine a program has today; the rest
 * is the program's.
 */
public abstract class MachineBase<F extends Frame> implements Machine, Host {
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
    // the goroutine's own state
    private final List<F> frames = new ArrayList<>();
    private final Goroutine main = new MainGoroutine();
    private int panicSerial;
    private boolean signalled;

    protected MachineBase(Program program, GoVersion version, Limits limits, MachineListener listener) {
        this.program = program;
        this.version = version;
        this.limits = limits;
        this.listener = listener;
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

    /** Pushes the goroutine's first frame: the package initializer, or main.main. Call it last in a constructor. */
    protected final void start() {
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
        int depth = frames.size();
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
        while (frames.size() > depth + 1) {
            frames.remove(frames.size() - 1);
        }
    }

    public final F top() {
        return frames.get(frames.size() - 1);
    }

    /** The frame at {@code depth} (0 is the entry). */
    public final F frame(int depth) {
        return frames.get(depth);
    }

    /** How many frames the goroutine has. */
    public final int frameCount() {
        return frames.size();
    }

    /** The frames, outermost first, read-only. */
    protected final List<F> frameList() {
        return Collections.unmodifiableList(frames);
    }

    private List<Frame> goroutineFrames() {
        return Collections.unmodifiableList(frames);
    }

    /** Numbers the goroutine's panics (and Goexits) for traces: 1 for its first. */
    protected final int nextPanicSerial() {
        return ++panicSerial;
    }

    /** Whether a fault came from a signal (SIGSEGV): the crash text then carries a [signal] line. */
    protected final boolean signalled() {
        return signalled;
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

    @Override
    public final List<Goroutine> goroutines() {
        return List.of(main);
    }

    @Override
    public final Goroutine running() {
        return main;
    }

    /** The goroutine's panics, oldest first, as {@link Goroutine#panics()} reads them. */
    protected abstract List<PanicRecord> goroutinePanics();

    private final class MainGoroutine implements Goroutine {
        @Override
        public int id() {
            return 1;
        }

        @Override
        public List<Frame> frames() {
            return goroutineFrames();
        }

        @Override
        public List<PanicRecord> panics() {
            return goroutinePanics();
        }
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
    }

    @Override
    public final void finish(Outcome.Kind kind, int exitCode, Span span, String stderrText) {
        observations.write(true, stderrText);
        emit(new Event.Finished(span, kind, exitCode));
        outcome = observations.end(kind, exitCode);
    }

    @Override
    public final void call(Frame caller, Value.FuncValue fn, List<Value> args, Span span) {
        pushFrame(fn.function(), fn.captures(), args, new Invocation.Call(), null, span);
    }

    @Override
    public final void markSignalled() {
        signalled = true;
    }

    @Override
    public final String stackDump() {
        return StackDump.render(goroutineFrames());
    }
}

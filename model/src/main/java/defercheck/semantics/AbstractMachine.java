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
 * The abstract semantics of docs/semantics.md (its rules 1 to 9) as an explicit state machine: one
 * goroutine's frames, each with its LIFO list of deferred calls, plus the panic stack. {@link #step()} does
 * one instruction or one action of the panic machinery; nothing Go-level travels on the Java call stack or as
 * an exception.
 */
public final class AbstractMachine implements Host {
    private final Program program;
    private final GoVersion version;
    private final Limits limits;
    private final MachineListener listener;
    private final List<Frame> frames = new ArrayList<>();
    private final List<PanicRecord> panics = new ArrayList<>();
    private final Value[] globals;
    private final Observations observations = new Observations();
    private final Interpreter interpreter = new Interpreter(this);
    private final PanicMachinery panicking = new PanicMachinery(this);
    private final Wrappers wrappers;
    private long steps;
    private int panicSerial;
    private boolean signalled;
    private Outcome outcome;

    public AbstractMachine(Program program, GoVersion version, Limits limits, MachineListener listener) {
        this.program = program;
        this.version = version;
        this.limits = limits;
        this.listener = listener;
        this.globals = new Value[program.globals().size()];
        for (int i = 0; i < globals.length; i++) {
            globals[i] = Zero.of(program.globals().get(i).type());
        }
        this.wrappers = new Wrappers(program.functions().size());
        boolean hasInit = program.init() >= 0;
        Function first = program.function(hasInit ? program.init() : program.main());
        frames.add(new Frame(first, new Box[0], List.of(), new Invocation.Entry(!hasInit), 0, null));
    }

    /** Runs to the end, within the limits. */
    public Outcome run() {
        while (step()) {
            // each step does one instruction or one runtime action
        }
        return outcome;
    }

    /** One step; false once the program has ended. */
    public boolean step() {
        if (outcome != null) {
            return false;
        }
        if (++steps > limits.maxSteps()) {
            finish(Outcome.Kind.STEP_LIMIT, 124, top().function().span(),
                    "defercheck: step limit exceeded after " + limits.maxSteps()
                            + " steps (a defercheck budget, not Go behaviour)\n");
            return false;
        }
        Frame top = top();
        switch (top.mode()) {
            case RUNNING:
                interpreter.execute(top);
                break;
            case EXITING:
                exitStep(top);
                break;
            case PANICKING:
                panicking.runNextDefer(top);
                break;
            default:
                throw new AssertionError(top.mode());
        }
        return outcome == null;
    }

    /** Rule 2: after return, pop and run the frame's defers LIFO; then hand the result slots back. */
    private void exitStep(Frame f) {
        if (f.hasDefers()) {
            DeferredCall next = f.popDefer();
            invokeDeferred(next, f, new Invocation.AtExit(f), "return of " + f.name());
        } else {
            finishFrame(f);
        }
    }

    private void finishFrame(Frame f) {
        frames.remove(frames.size() - 1);
        List<Value> results = f.results();
        if (f.wrappedBuiltin() == null) {
            emit(new Event.Returned(f.function().span(), f.name(), describeAll(results)));
        }
        Invocation how = f.invocation();
        if (how instanceof Invocation.Call) {
            Frame caller = top();
            results.forEach(caller::push);
        } else if (how instanceof Invocation.Entry e) {
            if (e.isMain()) {
                finish(Outcome.Kind.NORMAL_EXIT, 0, f.function().span(), "");
            } else {
                Function main = program.function(program.main());
                frames.add(new Frame(main, new Box[0], List.of(), new Invocation.Entry(true), 0, null));
            }
        } else if (how instanceof Invocation.ByPanic bp && bp.panic().recovered()) {
            panicking.recover(bp.panic(), bp.deferrer());
        } else if (!(how instanceof Invocation.AtExit) && !(how instanceof Invocation.ByPanic)) {
            throw new AssertionError(how);
        }
    }

    /** Starts a deferred call: a frame for a func value, or the runtime's wrapper for a builtin or nil func. */
    void invokeDeferred(DeferredCall call, Frame deferrer, Invocation how, String reason) {
        emit(new Event.DeferredCallStarted(call.site().span(), call.site().index(), call.instance(),
                deferrer.name(), call.describe(), reason, call));
        if (call.builtin() != null) {
            pushFrame(wrappers.forBuiltin(call.builtin(), call.args().size(), call.site().span()),
                    new Box[0], call.args(), how, call.builtin(), call.site().span());
        } else if (call.callee() instanceof Value.FuncValue fv) {
            pushFrame(fv.function(), fv.captures(), call.args(), how, null, call.site().span());
        } else {
            pushFrame(wrappers.forNilCall(((Value.NilValue) call.callee()).type(), call.args().size(),
                    call.site().span()), new Box[0], call.args(), how, null, call.site().span());
        }
    }

    /** Pushes a frame, or ends the run with Go's stack-overflow fatal error when the depth budget is spent. */
    void pushFrame(Function fn, Box[] captures, List<Value> args, Invocation how, Builtin wrapped, Span site) {
        if (frames.size() >= limits.maxDepth()) {
            finish(Outcome.Kind.STACK_OVERFLOW, 2, fn.span(), CrashText.stackOverflow(frames));
            return;
        }
        Frame f = new Frame(fn, captures, args, how, frames.size(), wrapped);
        frames.add(f);
        if (tracing() && wrapped == null && !fn.name().startsWith("runtime.")) {
            emit(new Event.Called(site, fn.name(), describeAll(args)));
        }
    }

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
        return listener != MachineListener.NONE;
    }

    @Override
    public void emit(Event e) {
        observations.record(e);
        listener.onEvent(e, this);
    }

    public static List<String> describeAll(List<Value> values) {
        List<String> out = new ArrayList<>(values.size());
        values.forEach(v -> out.add(ValueFormat.debug(v)));
        return out;
    }

    @Override
    public void call(Frame caller, Value.FuncValue fn, List<Value> args, Span span) {
        pushFrame(fn.function(), fn.captures(), args, new Invocation.Call(), null, span);
    }

    /** Rule 1: the deferred call, already evaluated, goes on top of the frame's LIFO list. */
    @Override
    public void deferCall(Frame f, DeferredCall call) {
        f.defers().add(call);
        if (tracing()) {
            emit(new Event.DeferPushed(call.site().span(), call.site().index(), call.instance(),
                    f.name(), call.describe(), call));
        }
    }

    /** Rule 2: the result slots are already assigned; the frame now runs its defers. */
    @Override
    public void returnFrom(Frame f, Span span) {
        f.setMode(FrameMode.EXITING);
        if (tracing() && f.wrappedBuiltin() == null) {
            emit(new Event.ReturnStarted(span, f.name(), f.namedResults(), f.defers().size()));
        }
    }

    @Override
    public void raisePanic(Frame f, Value v, Span span) {
        panicking.raiseValue(f, v, span);
    }

    @Override
    public void goexit(Frame f, Span span) {
        panicking.goexit(f, span);
    }

    @Override
    public Value recover(Frame f, Span span) {
        return panicking.recoverBuiltin(f, span);
    }

    @Override
    public String stackDump() {
        return StackDump.render(this);
    }

    int nextPanicSerial() {
        return ++panicSerial;
    }

    @Override
    public void markSignalled() {
        signalled = true;
    }

    boolean signalled() {
        return signalled;
    }

    @Override
    public Value[] globals() {
        return globals;
    }

    List<PanicRecord> panicStack() {
        return panics;
    }

    List<Frame> frameStack() {
        return frames;
    }

    Frame top() {
        return frames.get(frames.size() - 1);
    }

    @Override
    public Program program() {
        return program;
    }

    @Override
    public GoVersion version() {
        return version;
    }

    /** The frames, innermost last; read-only, for traces. */
    public List<Frame> frames() {
        return Collections.unmodifiableList(frames);
    }

    /** The panic stack, newest last; read-only, for traces. */
    public List<PanicRecord> panics() {
        return Collections.unmodifiableList(panics);
    }

    public long steps() {
        return steps;
    }

    /** The result once the run has ended, else null. */
    public Outcome outcome() {
        return outcome;
    }
}

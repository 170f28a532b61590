package defercheck.semantics;

import defercheck.ir.Builtin;
import defercheck.ir.Function;
import defercheck.ir.Program;
import defercheck.source.GoVersion;
import defercheck.source.Span;
import java.util.List;

/**
 * The abstract semantics of docs/semantics.md (its rules 1 to 9) as an explicit state machine: the goroutine's
 * frames, each with its LIFO list of deferred calls, plus the panic stack. {@link #step()} does one instruction
 * or one action of the panic machinery; nothing Go-level travels on the Java call stack or as an exception.
 */
public final class AbstractMachine extends MachineBase<AbstractFrame, AbstractGoroutine> {
    private final PanicMachinery panicking = new PanicMachinery(this);

    public AbstractMachine(Program program, GoVersion version, Limits limits, MachineListener listener) {
        super(program, version, limits, listener);
        start();
    }

    @Override
    public String name() {
        return "abstract";
    }

    @Override
    protected AbstractGoroutine newGoroutine(int id) {
        return new AbstractGoroutine(id);
    }

    @Override
    protected void step(AbstractFrame top) {
        // a switch expression, so that a new FrameMode does not compile until it is handled here
        Runnable action = switch (top.mode()) {
            case RUNNING -> () -> execute(top);
            case EXITING -> () -> exitStep(top);
            case PANICKING -> () -> panicking.runNextDefer(top);
        };
        action.run();
    }

    /** Rule 2: after return, pop and run the frame's defers LIFO; then hand the result slots back. */
    private void exitStep(AbstractFrame f) {
        if (f.hasDefers()) {
            DeferredCall next = f.popDefer();
            callDeferred(next, f, new Invocation.AtExit(f), "return of " + f.name());
        } else {
            finishFrame(f);
        }
    }

    @Override
    protected AbstractFrame newFrame(Function fn, Box[] captures, List<Value> args, Invocation how, int depth,
                                     Builtin wrapped) {
        return new AbstractFrame(fn, captures, args, how, depth, wrapped);
    }

    /** A call shows at its call (or defer) site; the goroutine's entry frames are not announced. */
    @Override
    protected Event.Called called(Function fn, List<Value> args, Invocation how, Span site) {
        return how instanceof Invocation.Entry ? null : new Event.Called(site, fn.name(), describeAll(args));
    }

    /** Rule 5 starts when a deferred call run by a panic returns with that panic recovered. */
    @Override
    protected void returnedDeferred(AbstractFrame f) {
        Invocation how = f.invocation();
        if (how instanceof Invocation.ByPanic bp && bp.panic().recovered()) {
            panicking.recover(bp.panic(), bp.deferrer());
        } else if (!(how instanceof Invocation.AtExit) && !(how instanceof Invocation.ByPanic)) {
            throw new AssertionError(how);
        }
    }

    /** The token only names the frame: its defers list takes the body's calls as its own. */
    @Override
    protected void rangeFuncFrame(AbstractFrame f) {
    }

    /** Rule 1 for a range-over-func body: the call goes on top of the enclosing function's list. */
    @Override
    public void deferCallAt(Frame target, DeferredCall call) {
        deferCall(target, call);
    }

    /** Rule 1: the deferred call, already evaluated, goes on top of the frame's LIFO list. */
    @Override
    public void deferCall(Frame f, DeferredCall call) {
        AbstractFrame af = frame(f.depth());
        af.defers().add(call);
        if (tracing()) {
            emit(new Event.DeferPushed(call.site().span(), call.site().index(), call.instance(),
                    af.name(), call.describe(), call));
        }
    }

    /** Rule 2: the result slots are already assigned; the frame now runs its defers. */
    @Override
    public void returnFrom(Frame f, Span span) {
        AbstractFrame af = frame(f.depth());
        af.setMode(FrameMode.EXITING);
        if (tracing() && af.wrappedBuiltin() == null) {
            emit(new Event.ReturnStarted(span, af.name(), af.namedResults(), af.defers().size()));
        }
    }

    @Override
    public void raisePanic(Frame f, Value v, Span span) {
        panicking.raiseValue(frame(f.depth()), v, span);
    }

    @Override
    public void goexit(Frame f, Span span) {
        panicking.goexit(frame(f.depth()), span);
    }

    @Override
    public Value recover(Frame f, Span span) {
        return panicking.recoverBuiltin(f, span);
    }

    /** The running goroutine's panic stack, oldest first. */
    List<PanicRecord> panicStack() {
        return g().panicStack;
    }

    /** The running goroutine's Goexit has run its deferred calls: the goroutine ends. */
    void goexitDone(AbstractFrame at) {
        goexitDone(at.function().span());
    }

    @Override
    public Snapshot snapshot() {
        return AbstractSnapshot.of(frameList(), panicStack());
    }

    /** The abstract state changes only when a deferred call, a frame or a panic comes or goes. */
    @Override
    public boolean changesSnapshot(Event e) {
        return e instanceof Event.DeferPushed || e instanceof Event.DeferredCallStarted
                || e instanceof Event.Panicked || e instanceof Event.Recovery
                || e instanceof Event.Returned || e instanceof Event.RecoverCalled;
    }
}

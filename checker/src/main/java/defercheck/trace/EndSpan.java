package defercheck.trace;

import defercheck.semantics.Event;
import defercheck.source.Span;

/**
 * Where a run really ended, for its {@code Finished} step. The machines give most endings the span of a function's
 * header (the frame that was panicking, main itself), which a reader takes for the line that ended the program;
 * a trace points instead at the panic or Goexit that crashed it, main's return, or the last statement run.
 * {@code os.Exit} and {@code runtime.Breakpoint} already carry their call's span.
 */
public final class EndSpan {
    private Span lastPanic;
    private Span mainReturn;
    private Span lastStatement;

    /** Feed every event of the run, in order, before asking for {@link #of}. */
    public void see(Event e) {
        if (e instanceof Event.Panicked) {
            lastPanic = e.span();
        } else if (e instanceof Event.ReturnStarted r && r.function().equals("main.main")) {
            mainReturn = r.span();
        }
        // Calls, returns and the runtime's own actions carry the span of a function's header, not of a statement.
        boolean header = e instanceof Event.Called || e instanceof Event.Returned || e instanceof Event.RuntimeAction
                || e instanceof Event.Finished;
        if (!header && e.span().line() > 0) {
            lastStatement = e.span();
        }
    }

    /** The span the trace gives the run's ending. */
    public Span of(Event.Finished f) {
        Span s = switch (f.kind()) {
            case PANIC_CRASH, GOEXIT_DEADLOCK -> lastPanic;
            case NORMAL_EXIT -> mainReturn != null ? mainReturn : lastStatement;
            case OS_EXIT, BREAKPOINT -> f.span();
            default -> lastStatement;
        };
        return s != null ? s : f.span();
    }
}

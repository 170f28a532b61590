package defercheck.semantics;

/**
 * Who started a frame, which decides what happens when it finishes. A deferred call remembers the frame
 * that deferred it: after a recovery, that frame is where execution resumes (rule 5).
 */
public sealed interface Invocation {

    /** main.main or the package initializer: the bottom of the goroutine. */
    record Entry(boolean isMain) implements Invocation { }

    /** An ordinary call: its results go to the caller's operand stack. */
    record Call() implements Invocation { }

    /** A deferred call run by the exit sequence of {@code deferrer} after {@code return}. */
    record AtExit(Frame deferrer) implements Invocation { }

    /** A deferred call run by the panic (or Goexit) machinery for {@code panic}. */
    record ByPanic(PanicRecord panic, Frame deferrer) implements Invocation { }
}

package defercheck.semantics;

/**
 * Who started a frame, which decides what happens when it finishes. A deferred call remembers the frame
 * that deferred it: after a recovery, that frame is where execution resumes (rule 5). The abstract semantics
 * starts deferred calls {@link AtExit} or {@link ByPanic}; a runtime machine's deferred calls are
 * {@link Deferred}, since which routine called them is the runtime's own state (the {@code _panic} records).
 */
public sealed interface Invocation {

    /** main.main or the package initializer: the bottom of the goroutine. */
    record Entry(boolean isMain) implements Invocation { }

    /** The function a {@code go} statement started: the bottom of its goroutine, which ends when it returns. */
    record GoEntry() implements Invocation { }

    /** An ordinary call: its results go to the caller's operand stack. */
    record Call() implements Invocation { }

    /** A deferred call run by the exit sequence of {@code deferrer} after {@code return}. */
    record AtExit(Frame deferrer) implements Invocation { }

    /** A deferred call run by the panic (or Goexit) machinery for {@code panic}. */
    record ByPanic(PanicRecord panic, Frame deferrer) implements Invocation { }

    /** A deferred call made by a runtime routine: deferreturn, gopanic, Goexit or the open-coded exit code. */
    record Deferred(Frame deferrer) implements Invocation { }
}

package defercheck.semantics;

import defercheck.source.Span;
import java.util.List;

/**
 * What a machine reports as it steps. Observable events are the semantics contract every strategy must
 * agree on (docs/semantics.md, "The observables"); the rest explain the run in traces.
 */
public sealed interface Event {

    Span span();

    /** Part of the semantics contract: every machine must produce the same sequence of these. */
    default boolean observable() {
        return false;
    }

    String describe();

    /** A {@code go} statement started goroutine {@code goid} running {@code function}. */
    record GoroutineStarted(Span span, int goid, String function) implements Event {
        @Override
        public String describe() {
            return "go " + function + ": goroutine " + goid + " starts";
        }
    }

    record LineReached(Span span, String function) implements Event {
        @Override
        public String describe() {
            return function + " reaches line " + span.line();
        }
    }

    record Called(Span span, String function, List<String> args) implements Event {
        @Override
        public String describe() {
            return "call " + function + "(" + String.join(", ", args) + ")";
        }
    }

    /** A return statement has assigned the result slots; the frame's defers run next (rule 2). */
    record ReturnStarted(Span span, String function, List<String> results, int pendingDefers) implements Event {
        @Override
        public String describe() {
            return "return from " + function + (results.isEmpty() ? "" : ": results " + String.join(", ", results))
                    + (pendingDefers == 0 ? "" : "; " + pendingDefers + " deferred call(s) run next");
        }
    }

    record Returned(Span span, String function, List<String> results) implements Event {
        @Override
        public boolean observable() {
            return true;
        }

        @Override
        public String describe() {
            return function + " returns" + (results.isEmpty() ? "" : " " + String.join(", ", results));
        }
    }

    /**
     * A deferred call is pushed by the running invocation of {@code frame}; {@code site} and {@code instance} are
     * those its DeferredCallStarted will carry. {@code deferred} is the call object pushed, the very one that
     * DeferredCallStarted carries when it starts: readers match the two by identity, since site and instance
     * repeat across live invocations of one function.
     */
    record DeferPushed(Span span, int site, int instance, String frame, String call, DeferredCall deferred)
            implements Event {
        @Override
        public String describe() {
            return "defer " + call + " pushed on " + frame;
        }
    }

    /**
     * A deferred call starts; {@code site} and {@code instance} identify it across machines within the
     * invocation of {@code frame} that pushed it: instance counts a site's executions per frame, so two
     * invocations of one function both push "site 0 #0". {@code deferred} is the call object this machine pushed,
     * the same object as its DeferPushed's (for readers that follow one call through a run: by identity).
     */
    record DeferredCallStarted(Span span, int site, int instance, String frame, String call, String reason,
                               DeferredCall deferred) implements Event {
        @Override
        public boolean observable() {
            return true;
        }

        @Override
        public String describe() {
            return "run deferred " + call + " of " + frame + " (" + reason + ")";
        }
    }

    record Panicked(Span span, String panic) implements Event {
        @Override
        public String describe() {
            return "start " + panic;
        }
    }

    record RecoverCalled(Span span, String result, String why) implements Event {
        @Override
        public boolean observable() {
            return true;
        }

        @Override
        public String describe() {
            return "recover() = " + result + " (" + why + ")";
        }
    }

    record Recovery(Span span, String frame, List<String> dropped, boolean goexitResumed) implements Event {
        @Override
        public String describe() {
            String d = dropped.isEmpty() ? "" : ", dropping " + String.join(", ", dropped);
            return goexitResumed ? "recovered; Goexit resumes" + d
                    : "recovered; " + frame + " runs its remaining defers and returns" + d;
        }
    }

    /**
     * A step of a strategy machine's runtime (deferproc, deferBits, synthetic records, recovery jumps):
     * explains a run in traces; never part of the contract, since it differs per strategy.
     */
    record RuntimeAction(Span span, String routine, String detail) implements Event {
        @Override
        public String describe() {
            return routine + ": " + detail;
        }
    }

    record Output(Span span, boolean stderr, String text) implements Event {
        @Override
        public boolean observable() {
            return true;
        }

        @Override
        public String describe() {
            return (stderr ? "stderr: " : "stdout: ") + ValueFormat.debug(new Value.StringValue(text));
        }
    }

    record Finished(Span span, Outcome.Kind kind, int exitCode) implements Event {
        @Override
        public boolean observable() {
            return true;
        }

        @Override
        public String describe() {
            return "program ends: " + kind.describe() + ", exit code " + exitCode;
        }
    }
}

package defercheck.semantics;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run has shown so far, kept the same way by every machine: the bytes written to stdout and
 * stderr and the observable events, which become the {@link Outcome} when the run ends.
 */
public final class Observations {
    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private final List<Event> observed = new ArrayList<>();

    public void write(boolean toStderr, String text) {
        (toStderr ? stderr : stdout).append(text);
    }

    /** Keeps {@code e} when it is part of the semantics contract. */
    public void record(Event e) {
        if (e.observable()) {
            observed.add(e);
        }
    }

    /** The outcome of a run that ended this way, with everything written and recorded so far. */
    public Outcome end(Outcome.Kind kind, int exitCode) {
        return new Outcome(kind, exitCode, stdout.toString(), stderr.toString(), observed);
    }
}

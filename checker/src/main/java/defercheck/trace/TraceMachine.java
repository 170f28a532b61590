package defercheck.trace;

import java.util.List;

/** One machine's run in a trace: its outcome, its observables in order, and every step. */
public record TraceMachine(String name, boolean reference, TraceOutcome outcome, List<String> observables,
                           List<Step> steps) {

    public TraceMachine {
        observables = List.copyOf(observables);
        steps = List.copyOf(steps);
    }

    /** The index of the step that emitted the {@code n}-th observable event, or -1. */
    public int stepOfObservable(int n) {
        int seen = 0;
        for (Step s : steps) {
            if (s.observable()) {
                if (seen == n) {
                    return s.index();
                }
                seen++;
            }
        }
        return -1;
    }
}

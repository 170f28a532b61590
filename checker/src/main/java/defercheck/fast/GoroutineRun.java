package defercheck.fast;

import defercheck.semantics.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One goroutine's run alone, as {@link FastSchedules} interleaves it: its steps at synchronisation points and its
 * ending; for spelling the runs elsewhere (the TLA+ cross-check of the schedules).
 *
 * @param function the top-level function it starts in (0: main)
 * @param steps    writes to stdout or stderr, go statements and waits, in order
 * @param ending   how the run alone ended (a worker's Goexit spelled as main's)
 * @param exit     the exit code of that ending
 * @param crash    the crash text's records, as {@link Observed} spells them
 */
public record GoroutineRun(int function, List<Step> steps, Outcome.Kind ending, int exit, int[] crash) {

    /** One synchronisation point: {@code kind} is "out", "err", "go" or "wait"; {@code value} the value or function. */
    public record Step(String kind, int value) { }

    static GoroutineRun of(int function, int[] xs) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        while (i < xs.length) {
            int tag = xs[i];
            switch (tag) {
                case Observed.PRINTLN -> steps.add(new Step("err", xs[i + 1]));
                case Observed.FMT_PRINTLN -> steps.add(new Step("out", xs[i + 1]));
                case Observed.GO -> steps.add(new Step("go", xs[i + 1]));
                case Observed.WAIT -> steps.add(new Step("wait", 0));
                case Observed.FINISHED -> {
                    return new GoroutineRun(function, List.copyOf(steps), Outcome.Kind.values()[xs[i + 1]], xs[i + 2],
                            Arrays.copyOfRange(xs, i + 3, xs.length));
                }
                default -> { }
            }
            i += Observed.arity(tag) + 1;
        }
        throw new IllegalStateException("a run without an ending");
    }
}

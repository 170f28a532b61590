package defercheck.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast engine's credibility: for every program of tiny, a fixed sample of small and random samples of
 * medium, large and wider knobs, each fast machine's observables equal those of the reference machine it stands for
 * (spelled by {@link ReferenceEncoding}), the fast verdict equals the reference verdict, and the reference machines
 * agree with the abstract semantics. FastEngineWholeSmallTest does every program of small.
 */
class FastEngineDifferentialTest {
    /** Knobs beyond the named bounds: more functions, statements, nesting and loop trips than large. */
    static final Bound WIDE = new Bound("wide", 3, 6, 3, 5, 3, 8, true, true);
    private static final String SAMPLE_TO_121 = "49754 programs: NORMAL_EXIT 30863, PANIC_CRASH 15096,"
            + " GOEXIT_DEADLOCK 1471, OS_EXIT 2324, recoveries 606, deferred calls 207527";
    private static final String SAMPLE_FROM_122 = "49754 programs: NORMAL_EXIT 30861, PANIC_CRASH 15096,"
            + " GOEXIT_DEADLOCK 1473, OS_EXIT 2324, recoveries 606, deferred calls 207527";
    private static final String SMALL = "243397 programs: NORMAL_EXIT 169085, PANIC_CRASH 61745,"
            + " GOEXIT_DEADLOCK 5034, OS_EXIT 7533, recoveries 500, deferred calls 606348";
    /** What the compared programs did, per comparison (this class's samples, FastEngineWholeSmallTest's small). */
    static final Map<String, String> SEEN = Map.ofEntries(
            Map.entry("sample, Go 1.12", SAMPLE_TO_121), Map.entry("sample, Go 1.13", SAMPLE_TO_121),
            Map.entry("sample, Go 1.14", SAMPLE_TO_121), Map.entry("sample, Go 1.19", SAMPLE_TO_121),
            Map.entry("sample, Go 1.21", SAMPLE_TO_121),
            // Two programs end differently from 1.22: a Goexit resumed after a recovery (docs/semantics.md, Goexit)
            Map.entry("sample, Go 1.22", SAMPLE_FROM_122), Map.entry("sample, Go 1.23", SAMPLE_FROM_122),
            Map.entry("small, Go 1.19", SMALL), Map.entry("small, Go 1.23", SMALL));

    @ParameterizedTest(name = "Go 1.{0}")
    @ValueSource(ints = {12, 13, 14, 19, 21, 22, 23})
    void fastMachinesMatchReferenceMachines(int minor) {
        Differential diff = new Differential(new GoVersion(minor));
        everyProgram(diff, Bound.TINY);
        sample(diff, Bound.SMALL, 20_000, 11);
        sample(diff, Bound.MEDIUM, 10_000, 12);
        sample(diff, Bound.LARGE, 10_000, 13);
        sample(diff, WIDE, 2_000, 14);
        assertEquals(0, diff.mismatches.size(), String.join("\n\n", diff.mismatches));
        assertEquals(0, diff.fastDisagreements, "fast and reference verdicts differ");
        referenceMachinesAgree(diff);
        notVacuous(diff, "sample, Go 1." + minor);
    }

    /** Every reference machine agrees with the abstract semantics on every program compared. */
    static void referenceMachinesAgree(Differential diff) {
        assertEquals(0, diff.referenceDivergences, String.join("\n\n", diff.divergent));
    }

    static void everyProgram(Differential diff, Bound bound) {
        ProgramSpace space = new ProgramSpace(bound);
        for (long r = 0; r < space.size(); r++) {
            diff.check(space.program(r));
        }
    }

    static void sample(Differential diff, Bound bound, int n, long seed) {
        ProgramSpace space = new ProgramSpace(bound);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            diff.check(space.program(rnd.nextLong(space.size())));
        }
    }

    /**
     * The programs compared end in every way a core program can, and recover and run deferred calls: how often
     * each happens on these seeded programs is pinned per version, so a comparison that stops seeing any of it
     * (or sees other programs) fails.
     */
    static void notVacuous(Differential diff, String what) {
        StringBuilder sb = new StringBuilder().append(diff.programs).append(" programs:");
        for (Outcome.Kind k : new Outcome.Kind[] {Outcome.Kind.NORMAL_EXIT, Outcome.Kind.PANIC_CRASH,
                Outcome.Kind.GOEXIT_DEADLOCK, Outcome.Kind.OS_EXIT}) {
            sb.append(' ').append(k).append(' ').append(diff.endings[k.ordinal()]).append(',');
        }
        sb.append(" recoveries ").append(diff.recoveries).append(", deferred calls ").append(diff.deferredCalls);
        assertEquals(SEEN.get(what), sb.toString(), what);
    }
}

package defercheck.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
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
        notVacuous(diff);
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

    /** The programs compared end in every way a core program can, and recover and run deferred calls. */
    static void notVacuous(Differential diff) {
        for (Outcome.Kind k : new Outcome.Kind[] {Outcome.Kind.NORMAL_EXIT, Outcome.Kind.PANIC_CRASH,
                Outcome.Kind.GOEXIT_DEADLOCK, Outcome.Kind.OS_EXIT}) {
            assertTrue(diff.endings[k.ordinal()] > 100, k + " endings: " + diff.endings[k.ordinal()]);
        }
        assertTrue(diff.recoveries > 100, "recoveries: " + diff.recoveries);
        assertTrue(diff.deferredCalls > 10_000, "deferred calls: " + diff.deferredCalls);
    }
}

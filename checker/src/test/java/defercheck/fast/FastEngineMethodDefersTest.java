package defercheck.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.explore.Bound;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast engine's mirror of method defers ({@code defer r.show()}, {@code defer r.pshow()},
 * {@code defer I(nil).show()}): on every program of tiny with methods and a seeded sample of small with methods,
 * each fast machine's observables equal its reference machine's, and the reference machines agree with the
 * abstract semantics. What the programs did is pinned, so that the comparison cannot go vacuous.
 */
class FastEngineMethodDefersTest {
    static final Bound TINY_METHODS = Bound.named("f1s2d1l1v1n3-noconds-methods");
    static final Bound SMALL_METHODS = Bound.named("f2s3d2l2v2n3-methods");

    @ParameterizedTest(name = "Go 1.{0}")
    @ValueSource(ints = {13, 19, 21, 23})
    void fastMachinesMatchReferenceMachinesOnMethodDefers(int minor) {
        Differential diff = new Differential(new GoVersion(minor));
        FastEngineDifferentialTest.everyProgram(diff, TINY_METHODS);
        FastEngineDifferentialTest.sample(diff, SMALL_METHODS, 5_000, 21);
        assertEquals(0, diff.mismatches.size(), String.join("\n\n", diff.mismatches));
        assertEquals(0, diff.fastDisagreements, "fast and reference verdicts differ");
        FastEngineDifferentialTest.referenceMachinesAgree(diff);
        StringBuilder sb = new StringBuilder().append(diff.programs).append(" programs:");
        for (Outcome.Kind k : new Outcome.Kind[] {Outcome.Kind.NORMAL_EXIT, Outcome.Kind.PANIC_CRASH,
                Outcome.Kind.GOEXIT_DEADLOCK, Outcome.Kind.OS_EXIT}) {
            sb.append(' ').append(k).append(' ').append(diff.endings[k.ordinal()]).append(',');
        }
        sb.append(" recoveries ").append(diff.recoveries).append(", deferred calls ").append(diff.deferredCalls);
        // the same on every version: no program here resumes a Goexit after a recovery
        assertEquals("14959 programs: NORMAL_EXIT 8852, PANIC_CRASH 4529, GOEXIT_DEADLOCK 723, OS_EXIT 855,"
                + " recoveries 107, deferred calls 32074", sb.toString());
    }
}

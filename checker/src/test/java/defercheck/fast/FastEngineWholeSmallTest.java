package defercheck.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.explore.Bound;
import defercheck.source.GoVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every program of small, machine by machine, fast against reference, for one version of each runtime
 * family the explorer runs: 1.19 (heap, stack, open and gopanic with started) and 1.23 (the panic loop); and on
 * every program the reference machines agree with the abstract semantics, which is what exploring small with the
 * reference engine checks. 1.21 and 1.22 are covered by samples in FastEngineDifferentialTest.
 */
class FastEngineWholeSmallTest {

    @ParameterizedTest(name = "Go 1.{0}")
    @ValueSource(ints = {19, 23})
    void everyProgramOfSmall(int minor) {
        Differential diff = new Differential(new GoVersion(minor));
        FastEngineDifferentialTest.everyProgram(diff, Bound.SMALL);
        assertEquals(243_397L, diff.programs);
        assertEquals(0, diff.mismatches.size(), String.join("\n\n", diff.mismatches));
        assertEquals(0, diff.fastDisagreements, "fast and reference verdicts differ");
        FastEngineDifferentialTest.referenceMachinesAgree(diff);
        FastEngineDifferentialTest.notVacuous(diff, "small, Go 1." + minor);
    }
}

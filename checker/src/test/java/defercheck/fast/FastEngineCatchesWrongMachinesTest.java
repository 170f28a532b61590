package defercheck.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.coreprogram.CoreLowering;
import defercheck.coreprogram.CoreProgram;
import defercheck.explore.Bound;
import defercheck.explore.MachineSuite;
import defercheck.explore.ProgramSpace;
import defercheck.runtime.Comparison;
import defercheck.runtime.MachineRun;
import defercheck.runtime.Strategy;
import defercheck.source.GoVersion;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The differential comparison can fail: a fast machine that is deliberately wrong for the version it is
 * compared under is caught. Go 1.13's Goexit, which has no _panic, run where the reference runs 1.19's
 * differs when a recovered panic during Goexit aborts it (#29226); the right machine, on the same programs,
 * is not caught.
 */
class FastEngineCatchesWrongMachinesTest {
    // The searches are bounded and seeded, so each test always checks the same programs.

    @Test
    void go113GoexitUnderGo119IsCaught() {
        assertEquals(2, mismatches(new GoVersion(19), new GoVersion(13), FastPlan.Shape.STACK, false, Strategy.STACK),
                "programs of the search that catch it");
    }

    @Test
    void rightMachineIsNotCaught() {
        assertEquals(0, mismatches(new GoVersion(19), new GoVersion(19), FastPlan.Shape.STACK, false, Strategy.STACK));
    }

    /**
     * Programs, among the first 30,000 of small and 100,000 random ones of medium (stopping at the third
     * found), on which a fast machine built for {@code wrong} differs from the reference machine for {@code version}.
     */
    private static int mismatches(GoVersion version, GoVersion wrong, FastPlan.Shape shape, boolean panicLoop,
                                  Strategy reference) {
        FastSuite suite = new FastSuite(version);
        FastRuntimeMachine m = new FastRuntimeMachine(wrong, new FastPlan(shape, wrong), panicLoop);
        MachineSuite refs = new MachineSuite(version, null);
        ProgramSpace small = new ProgramSpace(Bound.SMALL);
        ProgramSpace medium = new ProgramSpace(Bound.MEDIUM);
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        int found = 0;
        for (long i = 0; i < 130_000 && found < 3; i++) {
            CoreProgram p = i < 30_000 ? small.program(i) : medium.program(rnd.nextLong(medium.size()));
            suite.run(p);
            m.plan.fill(suite.code());
            m.run(suite.code());
            MachineRun ref = Comparison.runMachine(CoreLowering.lower(p, version, ""), version, MachineSuite.LIMITS,
                    reference.forced());
            if (!Arrays.equals(ReferenceEncoding.encode(ref, suite), m.observed.toArray())) {
                found++;
            }
        }
        return found;
    }
}

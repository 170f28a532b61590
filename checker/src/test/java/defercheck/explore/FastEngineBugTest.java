package defercheck.explore;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.fast.FastSuite;
import defercheck.source.GoVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When fast machines disagree on a program where the reference machines agree, the exploration stops with a
 * FastEngineBug instead of counting a divergence: shown with a deliberately wrong fast suite (Go 1.13's
 * machines, whose Goexit has no _panic, under Go 1.19's semantics) on medium, where such programs exist.
 */
class FastEngineBugTest {

    @Test
    void aFastDisagreementTheReferenceDoesNotConfirmStopsTheRun() {
        GoVersion v = new GoVersion(19);
        MachineSuite suite = new MachineSuite(v, null);
        Explorer explorer = new Explorer(Bound.MEDIUM,
                () -> Engine.fastCheck(suite, FastSuite.withMachinesOf(v, new GoVersion(13))), 2, true);
        FastEngineBug bug = assertThrows(FastEngineBug.class,
                () -> explorer.run(0, new ProgramSpace(Bound.MEDIUM).size(), null, null, Progress.NONE, List.of()));
        assertTrue(bug.getMessage().contains("the fast machines disagree where the reference machines agree"),
                bug.getMessage());
        assertTrue(bug.getMessage().contains("func main()"), bug.getMessage());
    }

    @Test
    void theRightFastSuiteRaisesNothingOnSmall() throws Exception {
        GoVersion v = new GoVersion(19);
        MachineSuite suite = new MachineSuite(v, null);
        Summary s = new Explorer(Bound.SMALL, () -> Engine.fastCheck(suite, new FastSuite(v)), 2, true)
                .run(0, new ProgramSpace(Bound.SMALL).size(), null, null, Progress.NONE, List.of());
        assertTrue(s.divergences() == 0);
    }
}

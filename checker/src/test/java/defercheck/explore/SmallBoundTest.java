package defercheck.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.source.GoVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What mvn verify explores: the whole small bound on every machine with the fast engine, as explore runs by
 * default, for the newest version and 1.19 (the gopanic-with-started machines). The reference engine's verdict on
 * the same programs (every reference machine agrees with the abstract semantics) is checked by
 * FastEngineWholeSmallTest, which runs the reference machines on all of small for both versions anyway to compare
 * them with the fast ones machine by machine; ExploreEngineTest runs the explorer with the reference engine.
 */
class SmallBoundTest {

    @Test
    void everyMachineAgreesOnSmallWithTheFastEngine() throws Exception {
        explore(GoVersion.DEFAULT, Engine.FAST);
        explore(new GoVersion(19), Engine.FAST);
    }

    private static void explore(GoVersion v, Engine engine) throws Exception {
        MachineSuite suite = new MachineSuite(v, null);
        ProgramSpace space = new ProgramSpace(Bound.SMALL);
        Summary s = new Explorer(Bound.SMALL, () -> engine.check(suite), 2, false)
                .run(0, space.size(), null, null, Progress.NONE, List.of());
        assertEquals(243_397L, s.programs());
        assertEquals(0, s.divergences(), "first divergence at rank " + s.firstDivergence());
    }
}

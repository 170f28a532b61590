package defercheck.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.source.GoVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What mvn verify explores: the whole small bound on every machine, with the reference engine (the model's
 * object machines) for the newest version, and with the fast engine, as explore runs by default, for the
 * newest version and 1.19 (the gopanic-with-started machines). FastEngineWholeSmallTest compares the two
 * engines machine by machine on the same programs.
 */
class SmallBoundTest {

    @Test
    void everyMachineAgreesOnSmallWithTheReferenceEngine() throws Exception {
        explore(GoVersion.DEFAULT, Engine.REFERENCE);
    }

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

package defercheck.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.core.CoreLowering;
import defercheck.source.GoVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What mvn verify explores: the whole small bound on every machine of the newest and a 1.14-1.21 version. */
class SmallBoundTest {

    @Test
    void everyMachineAgreesOnSmall() throws Exception {
        for (GoVersion v : List.of(GoVersion.DEFAULT)) {
            MachineSuite suite = new MachineSuite(v, null);
            ProgramSpace space = new ProgramSpace(Bound.SMALL);
            Summary s = new Explorer(Bound.SMALL, () -> p -> suite.compare(CoreLowering.lower(p, v, "")).agrees(), 2,
                    false).run(0, space.size(), null, "k", Progress.NONE, List.of());
            assertEquals(243_397L, s.programs());
            assertEquals(0, s.divergences(), "first divergence at rank " + s.firstDivergence());
        }
    }
}

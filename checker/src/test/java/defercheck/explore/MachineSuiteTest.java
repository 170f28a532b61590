package defercheck.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.coreprogram.CoreLowering;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.Mutants;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The machine names that explore and bench report, computed from the version alone, are those of the
 * machines each program is really compared on: every program of tiny, for every Go version, and with a mutant.
 */
class MachineSuiteTest {

    @Test
    void everyProgramOfTinyIsComparedOnTheVersionsMachines() {
        ProgramSpace space = new ProgramSpace(Bound.TINY);
        for (int minor = 12; minor <= 23; minor++) {
            MachineSuite suite = new MachineSuite(new GoVersion(minor), null);
            for (long i = 0; i < space.size(); i++) {
                long rank = i;
                assertEquals(suite.names(), namesOf(suite, rank, space), () -> "rank " + rank + " on Go "
                        + suite.version());
            }
        }
    }

    @Test
    void aMutantSuiteNamesTheMutantAlone() {
        MachineSuite suite = new MachineSuite(new GoVersion(19), Mutants.byId("fifo-chain"));
        assertEquals(List.of("abstract", "heap+fifo-chain"), suite.names());
        assertEquals(suite.names(), namesOf(suite, 0, new ProgramSpace(Bound.TINY)));
    }

    private static List<String> namesOf(MachineSuite suite, long rank, ProgramSpace space) {
        List<String> out = new ArrayList<>(List.of("abstract"));
        for (MachineConfig m : suite.machines(CoreLowering.lower(space.program(rank), suite.version(), ""))) {
            out.add(m.name());
        }
        return out;
    }
}

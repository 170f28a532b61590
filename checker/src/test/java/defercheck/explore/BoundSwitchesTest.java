package defercheck.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The switches builtinDefers, prints and results narrow a space to exactly the programs of the wide space
 * that do without those forms: no program lost, none added, and each keeps its canonical shape (it has a rank
 * in the wide space).
 */
class BoundSwitchesTest {
    private static final Bound WIDE = new Bound("wide", 1, 2, 1, 1, 1, 3, true, true);

    @Test
    void eachSwitchKeepsExactlyTheWideProgramsWithoutItsForms() {
        ProgramSpace wide = new ProgramSpace(WIDE);
        List<CoreProgram> all = new java.util.ArrayList<>();
        for (long i = 0; i < wide.size(); i++) {
            all.add(wide.program(i));
        }
        for (int mask = 1; mask < 8; mask++) {
            Bound narrow = new Bound("narrow", 1, 2, 1, 1, 1, 3, true, true, (mask & 1) == 0, (mask & 2) == 0,
                    (mask & 4) == 0);
            ProgramSpace space = new ProgramSpace(narrow);
            long expected = all.stream().filter(p -> fits(p, narrow)).count();
            assertEquals(expected, space.size(), narrow.renamed().describe());
            for (long i = 0; i < space.size(); i++) {
                CoreProgram p = space.program(i);
                assertEquals(i, space.rank(p));
                assertFalse(!fits(p, narrow), narrow.renamed().name() + " holds " + p);
                wide.rank(p);
            }
        }
    }

    @Test
    void theNamedBoundsHaveEverySwitchOn() {
        for (Bound b : Bound.NAMED) {
            assertEquals(b, new Bound(b.name(), b.functions(), b.stmts(), b.depth(), b.trips(), b.values(), b.size(),
                    b.conds(), b.exits()));
            assertEquals(b.name(), b.renamed().name());
        }
    }

    private static boolean fits(CoreProgram p, Bound b) {
        for (CoreFunction f : p.functions()) {
            if (!b.results() && f.result().hasResult() || !fits(f.body(), b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(List<CoreStmt> body, Bound b) {
        for (CoreStmt s : body) {
            if (s instanceof CoreStmt.Print && !b.prints()) {
                return false;
            }
            if (s instanceof CoreStmt.Defer d) {
                boolean builtin = d.what() instanceof Deferred.RecoverCall || d.what() instanceof Deferred.PanicCall
                        || d.what() instanceof Deferred.PrintlnCall;
                if (builtin && !b.builtinDefers()
                        || d.what() instanceof Deferred.Closure c && !fits(c.body(), b)) {
                    return false;
                }
            }
        }
        return true;
    }
}

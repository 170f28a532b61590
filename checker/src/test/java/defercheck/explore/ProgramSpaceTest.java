package defercheck.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.CoreToken;
import defercheck.coreprogram.ResultKind;
import defercheck.coreprogram.TokenCodec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProgramSpaceTest {

    /** The README's table; a change to the grammar must change these on purpose. */
    @Test
    void exactCountsOfTheNamedBounds() {
        assertEquals(7_754L, new ProgramSpace(Bound.TINY).size());
        assertEquals(243_397L, new ProgramSpace(Bound.SMALL).size());
        assertEquals(15_821_525L, new ProgramSpace(Bound.MEDIUM).size());
        assertEquals(2_562_402_541L, new ProgramSpace(Bound.LARGE).size());
        // the same knobs with method defers (Bound.methods)
        assertEquals(9_959L, new ProgramSpace(Bound.named("f1s2d1l1v1n3-noconds-methods")).size());
        assertEquals(275_724L, new ProgramSpace(Bound.named("f2s3d2l2v2n3-methods")).size());
    }

    @Test
    void rankAndUnrankAreInverseOnTiny() {
        ProgramSpace s = new ProgramSpace(Bound.TINY);
        Set<CoreProgram> seen = new HashSet<>();
        int lastSize = 0;
        for (long i = 0; i < s.size(); i++) {
            CoreProgram p = s.program(i);
            assertEquals(i, s.rank(p));
            assertTrue(seen.add(p), "duplicate at " + i);
            int size = statements(p);
            assertTrue(size >= lastSize, "smallest first");
            lastSize = size;
        }
    }

    @Test
    void rankAndUnrankAreInverseOnLargeSamples() {
        ProgramSpace s = new ProgramSpace(Bound.LARGE);
        SplittableRandom rnd = new SplittableRandom(7);
        for (int k = 0; k < 20_000; k++) {
            long i = rnd.nextLong(s.size());
            assertEquals(i, s.rank(s.program(i)));
        }
    }

    @Test
    void noTwoProgramsAreRenamingsOfEachOther() {
        ProgramSpace s = new ProgramSpace(Bound.SMALL);
        Set<String> shapes = new HashSet<>();
        for (long i = 0; i < s.size(); i += 3) {
            assertTrue(shapes.add(Canonical.form(s.program(i))), "renaming duplicate at " + i);
        }
    }

    @Test
    void nonCanonicalProgramsHaveNoRank() {
        ProgramSpace s = new ProgramSpace(Bound.SMALL);
        CoreProgram valueTwoFirst =
                new CoreProgram(List.of(new CoreFunction(ResultKind.NONE, List.of(new CoreStmt.Print(2)))));
        assertThrows(IllegalArgumentException.class, () -> s.rank(valueTwoFirst));
        CoreProgram unusedFunction = new CoreProgram(List.of(new CoreFunction(ResultKind.NONE, List.of()),
                new CoreFunction(ResultKind.NONE, List.of())));
        assertThrows(IllegalArgumentException.class, () -> s.rank(unusedFunction));
    }

    static int statements(CoreProgram p) {
        int n = 0;
        for (int t : TokenCodec.encode(p)) {
            n += CoreToken.cost(t);
        }
        return n;
    }
}

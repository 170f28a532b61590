package defercheck.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The successor walk visits exactly the programs unranking gives, rank by rank, on whole bounds. */
class ProgramCursorTest {

    @Test
    void successorWalkEqualsUnrankingOnWholeTinyAndSmall() {
        for (Bound b : new Bound[] {Bound.TINY, Bound.SMALL}) {
            ProgramSpace space = new ProgramSpace(b);
            ProgramCursor cursor = new ProgramCursor(space);
            cursor.seek(0);
            for (long r = 0; r < space.size(); r++) {
                assertEquals(space.program(r), cursor.program(), b.name() + " rank " + r);
                if (r + 1 < space.size()) {
                    cursor.advance();
                }
            }
            assertThrows(java.util.NoSuchElementException.class, cursor::advance);
        }
    }

    @Test
    void successorWalkFromRandomSeeksOfMediumAndLarge() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (Bound b : new Bound[] {Bound.MEDIUM, Bound.LARGE}) {
            ProgramSpace space = new ProgramSpace(b);
            ProgramCursor cursor = new ProgramCursor(space);
            for (int i = 0; i < 20; i++) {
                long start = rnd.nextLong(space.size() - 5000);
                cursor.seek(start);
                for (long r = start; r < start + 5000; r++) {
                    assertEquals(space.program(r), cursor.program(), b.name() + " rank " + r);
                    cursor.advance();
                }
            }
            // across size boundaries: the last programs of each size and the first of the next
            for (int n = 1; n <= b.size(); n++) {
                long first = space.firstOfSize(n);
                cursor.seek(Math.max(0, first - 50));
                for (long r = Math.max(0, first - 50); r < Math.min(space.size() - 1, first + 50); r++) {
                    assertEquals(space.program(r), cursor.program(), b.name() + " rank " + r);
                    cursor.advance();
                }
            }
        }
    }

    @Test
    void successorWalkHonoursTheSwitchesThatLeaveFormsOut() {
        Bound narrow = new Bound("narrow", 2, 2, 1, 1, 1, 5, false, false, false, false, false);
        ProgramSpace space = new ProgramSpace(narrow);
        ProgramCursor cursor = new ProgramCursor(space);
        cursor.seek(0);
        for (long r = 0; r < space.size(); r++) {
            assertEquals(space.program(r), cursor.program(), "rank " + r);
            if (r + 1 < space.size()) {
                cursor.advance();
            }
        }
    }
}

package defercheck.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards partition a space exactly; a resumed run reaches the same totals; the first find is the smallest. */
class ExplorerTest {
    /** A stand-in check that "diverges" on every program that prints value 2 directly in main. */
    private static final Supplier<ProgramCheck> PRINTS_TWO =
            () -> p -> !p.function(0).body().contains(new CoreStmt.Print(2));
    private static final CheckpointKey KEY = new CheckpointKey("small/prints-two", Engine.REFERENCE);

    private static Summary run(long from, long to, int threads, boolean first, Path cp, Supplier<ProgramCheck> c)
            throws Exception {
        return new Explorer(Bound.SMALL, c, threads, first).run(from, to, cp, cp == null ? null : KEY, Progress.NONE, List.of());
    }

    @Test
    void shardsAddUpToTheWhole() throws Exception {
        long size = new ProgramSpace(Bound.SMALL).size();
        Summary whole = run(0, size, 2, false, null, PRINTS_TWO);
        long programs = 0;
        long divergences = 0;
        for (int i = 0; i < 3; i++) {
            Summary s = run(size * i / 3, size * (i + 1) / 3, 1, false, null, PRINTS_TWO);
            programs += s.programs();
            divergences += s.divergences();
        }
        assertEquals(size, whole.programs());
        assertEquals(whole.programs(), programs);
        assertEquals(whole.divergences(), divergences);
    }

    @Test
    void resumeAfterACrashReachesTheSameTotals(@TempDir Path dir) throws Exception {
        long size = new ProgramSpace(Bound.SMALL).size();
        Summary clean = run(0, size, 2, false, null, PRINTS_TWO);
        Path cp = dir.resolve("cp");
        int[] budget = {60_000};
        Supplier<ProgramCheck> crashing = () -> p -> {
            synchronized (budget) {
                if (--budget[0] < 0) {
                    throw new IllegalStateException("simulated kill");
                }
            }
            return PRINTS_TWO.get().agrees(p);
        };
        assertThrows(IllegalStateException.class, () -> run(0, size, 2, false, cp, crashing));
        Checkpoint mid = Checkpoint.read(cp, KEY);
        Summary resumed = run(0, size, 2, false, cp, PRINTS_TWO);
        assertEquals(true, mid.watermark() > 0 && mid.watermark() < size, "checkpoint was mid-way");
        assertEquals(clean.programs(), resumed.programs());
        assertEquals(clean.divergences(), resumed.divergences());
        assertEquals(clean.firstDivergence(), resumed.firstDivergence());
        assertEquals(true, Files.exists(cp));
    }

    @Test
    void theFirstFindIsTheSmallestWhateverTheThreads() throws Exception {
        long size = new ProgramSpace(Bound.SMALL).size();
        Summary one = run(0, size, 1, true, null, PRINTS_TWO);
        Summary two = run(0, size, 2, true, null, PRINTS_TWO);
        assertEquals(one.firstDivergence(), two.firstDivergence());
        assertEquals(one.firstDivergence() + 1, two.programs());
        CoreProgram p = new ProgramSpace(Bound.SMALL).program(one.firstDivergence());
        assertEquals(List.of(new CoreStmt.Print(1), new CoreStmt.Print(2)), p.function(0).body());
    }
}

package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explore and bench name the engine they ran; a mutant runs on the reference engine, where mutants live. */
class ExploreEngineTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void bothEnginesExploreTinyCleanlyAndSayWhichRan(@TempDir Path dir) {
        for (String engine : new String[] {"fast", "reference"}) {
            for (String go : new String[] {"1.19", "1.23"}) {
                String[] r = run("explore", "--bound", "tiny", "--go", go, "--engine", engine, "--threads", "2",
                        "--json", dir.resolve(engine + go + ".json").toString());
                assertEquals("0", r[0], r[1] + r[2]);
                assertTrue(r[1].contains(", " + engine + " engine"), r[1]);
            }
        }
    }

    @Test
    void aMutantRunsOnTheReferenceEngineAndIsCaught(@TempDir Path dir) {
        String[] r = run("explore", "--bound", "tiny", "--go", "1.19", "--mutant", "fifo-chain", "--out",
                dir.toString());
        assertEquals("1", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("mutant fifo-chain") && r[1].contains("reference engine"), r[1]);
        assertTrue(r[1].contains("smallest counterexample"), r[1]);
    }

    @Test
    void benchNamesItsEngine() {
        String[] r = run("bench", "--bound", "tiny", "--go", "1.23", "--warmup", "100");
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("explorer (fast engine)"), r[1]);
        assertTrue(r[1].contains("TLC: not measured: no specs in ") || r[1].contains("cross-check passed"),
                "tests run in checker/, where spec/ is not: TLC is skipped with a reason, not an error: " + r[1]);
    }

    /** The list is the version's, which is every program's (MachineSuiteTest), not a sample program's. */
    @Test
    void benchListsTheMachinesOfItsVersion(@TempDir Path noSpecs) {
        String[] r = run("bench", "--bound", "tiny", "--go", "1.19", "--limit", "200", "--warmup", "50",
                "--warmup-seconds", "0", "--threads", "1", "--spec-dir", noSpecs.toString());
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains(" programs/s, each program cross-checked on the 5 machines of Go 1.19 (abstract,"
                + " heap, stack, open, go1.19 (open+stack+heap))\n"), r[1]);
    }

    @Test
    void anUnknownEngineIsAUsageError() {
        assertEquals(Integer.toString(Main.EX_USAGE), run("explore", "--bound", "tiny", "--engine", "turbo")[0]);
    }
}

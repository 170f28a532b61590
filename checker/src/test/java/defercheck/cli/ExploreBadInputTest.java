package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad options to explore and bench are refused before any program runs, each with its own message and code. */
class ExploreBadInputTest {
    @TempDir
    Path tmp;

    private static int run(StringWriter err, String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @Test
    void outputFilesThatCannotBeWrittenAre73BeforeTheRun() throws Exception {
        Path blocker = tmp.resolve("file");
        Files.writeString(blocker, "x");
        StringWriter err = new StringWriter();
        assertEquals(73, run(err, "explore", "--bound", "tiny", "--checkpoint", blocker.resolve("ck").toString()));
        assertTrue(err.toString().contains("--checkpoint " + blocker.resolve("ck") + ": cannot create"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(73, run(err2, "explore", "--bound", "tiny", "--json", tmp.toString()));
        assertTrue(err2.toString().contains(": is a directory"), err2.toString());
    }

    /**
     * A checkpoint is resumed only by the engine that wrote it: the other one is refused before it checks a
     * program, naming both. A mutant runs on the reference engine whatever --engine says, so its checkpoint
     * resumes under either flag.
     */
    @Test
    void aCheckpointOfTheOtherEngineIsAUsageError() {
        String ck = tmp.resolve("ck").toString();
        assertEquals(0, run(new StringWriter(), "explore", "--bound", "tiny", "--go", "1.19", "--engine", "fast",
                "--threads", "1", "--checkpoint", ck));
        StringWriter err = new StringWriter();
        assertEquals(64, run(err, "explore", "--bound", "tiny", "--go", "1.19", "--engine", "reference",
                "--threads", "1", "--checkpoint", ck));
        assertEquals("defercheck explore: --checkpoint " + ck + " was written by the fast engine and cannot be resumed"
                + " by the reference engine: resume it with --engine fast, or start afresh with another --checkpoint"
                + " file\n", err.toString().replace(System.lineSeparator(), "\n"));
        assertEquals(0, run(new StringWriter(), "explore", "--bound", "tiny", "--go", "1.19", "--engine", "fast",
                "--threads", "1", "--checkpoint", ck));
    }

    @Test
    void aMutantsCheckpointResumesUnderEitherEngineFlag() {
        String ck = tmp.resolve("mutant-ck").toString();
        String out = tmp.resolve("found").toString();
        for (String engine : new String[] {"fast", "reference"}) {
            StringWriter err = new StringWriter();
            assertEquals(1, run(err, "explore", "--bound", "tiny", "--go", "1.19", "--mutant", "fifo-chain",
                    "--engine", engine, "--threads", "1", "--checkpoint", ck, "--out", out), err.toString());
        }
    }

    @Test
    void nonsenseCountsAreUsageErrors() {
        assertEquals(64, run(new StringWriter(), "explore", "--random", "-1"));
        assertEquals(64, run(new StringWriter(), "explore", "--random", "0"));
        assertEquals(64, run(new StringWriter(), "bench", "--limit", "-1"));
        assertEquals(64, run(new StringWriter(), "bench", "--threads", "0"));
        assertEquals(64, run(new StringWriter(), "bench", "--warmup-seconds", "-2"));
    }
}

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

    @Test
    void nonsenseCountsAreUsageErrors() {
        assertEquals(64, run(new StringWriter(), "explore", "--random", "-1"));
        assertEquals(64, run(new StringWriter(), "explore", "--random", "0"));
        assertEquals(64, run(new StringWriter(), "bench", "--limit", "-1"));
        assertEquals(64, run(new StringWriter(), "bench", "--threads", "0"));
        assertEquals(64, run(new StringWriter(), "bench", "--warmup-seconds", "-2"));
    }
}

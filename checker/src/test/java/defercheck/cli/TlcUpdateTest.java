package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tlc MODEL} leaves a committed counterexample alone; {@code --update} replaces it. */
class TlcUpdateTest {
    @TempDir
    Path dir;

    private String tlc(boolean update) {
        StringWriter out = new StringWriter();
        String[] args = update
                ? new String[] {"tlc", "--spec-dir", "../spec", "--traces-dir", dir.toString(), "--update", "MCHeapDeferFIFO"}
                : new String[] {"tlc", "--spec-dir", "../spec", "--traces-dir", dir.toString(), "MCHeapDeferFIFO"};
        assertEquals(0, Main.execute(args, new PrintWriter(out), new PrintWriter(new StringWriter())), out.toString());
        return out.toString();
    }

    @Test
    void onlyUpdateRewritesTheCommittedCounterexample() throws Exception {
        Path committed = dir.resolve("MCHeapDeferFIFO.json");
        Files.writeString(committed, "committed\n");
        String quiet = tlc(false);
        assertEquals("committed\n", Files.readString(committed));
        assertTrue(!quiet.contains("counterexample: "), quiet);
        String updated = tlc(true);
        assertNotEquals("committed\n", Files.readString(committed));
        assertTrue(updated.contains("counterexample: " + committed), updated);
    }
}

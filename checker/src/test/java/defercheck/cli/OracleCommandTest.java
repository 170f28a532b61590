package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The oracle command's usage contract, which needs no toolchain. */
class OracleCommandTest {

    private static int run(StringWriter err, String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @Test
    void missingGoBinIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(64, run(err, "oracle"));
        assertTrue(err.toString().contains("--go-bin"), err.toString());
    }

    @Test
    void unknownBoundIsAUsageError() {
        assertEquals(64, run(new StringWriter(), "oracle", "--go-bin", "/nonexistent/go", "--bound", "huge"));
    }

    @Test
    void aMissingGoBinIsAMissingInput() {
        StringWriter err = new StringWriter();
        assertEquals(66, run(err, "oracle", "--go-bin", "/nonexistent/go", "--count", "1"));
        assertTrue(err.toString().startsWith("defercheck oracle: --go-bin /nonexistent/go: no such executable"),
                err.toString());
    }

    @Test
    void aGoBinThatIsNotGoIsReported() {
        StringWriter err = new StringWriter();
        assertEquals(66, run(err, "oracle", "--go-bin", "/bin/true", "--count", "1"));
        assertTrue(err.toString().contains("is not a usable Go toolchain"), err.toString());
    }
}

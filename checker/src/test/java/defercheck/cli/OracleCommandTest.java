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
    void anUnknownImplementationIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(64, run(err, "oracle", "--impl", "tinygo"));
        assertTrue(err.toString().contains("--impl tinygo: want one of [gc, gccgo, yaegi]"), err.toString());
    }

    @Test
    void goBinIsGcsSpellingOfBin() {
        StringWriter err = new StringWriter();
        assertEquals(64, run(err, "oracle", "--impl", "yaegi", "--go-bin", "/usr/lib/go-1.23/bin/go"));
        assertTrue(err.toString().contains("--go-bin is gc's --bin"), err.toString());
        assertEquals(64, run(new StringWriter(), "oracle", "--bin", "/bin/true", "--go-bin", "/bin/true"));
    }

    @Test
    void aMissingBinIsAMissingInput() {
        StringWriter err = new StringWriter();
        assertEquals(66, run(err, "oracle", "--impl", "yaegi", "--bin", "/nonexistent/yaegi", "--count", "1"));
        assertTrue(err.toString().startsWith("defercheck oracle: --bin /nonexistent/yaegi: no such executable"),
                err.toString());
    }

    @Test
    void aBinThatIsNotTheImplementationIsReported() {
        StringWriter err = new StringWriter();
        assertEquals(66, run(err, "oracle", "--impl", "gccgo", "--bin", "/bin/false", "--count", "1"));
        assertTrue(err.toString().contains("--bin /bin/false is not a usable gccgo"), err.toString());
    }

    @Test
    void aBadLangIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(64, run(err, "oracle", "--lang", "2.0"));
        assertTrue(err.toString().contains("--lang"), err.toString());
    }

    @Test
    void reportOfAMissingDirectoryIsAMissingInput() {
        StringWriter err = new StringWriter();
        assertEquals(66, run(err, "oracle", "report", "/nonexistent/traces/impl/x"));
        assertTrue(err.toString().contains("oracle report: /nonexistent/traces/impl/x: no such directory"),
                err.toString());
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
        assertTrue(err.toString().contains("--go-bin /bin/true is not a usable gc"), err.toString());
    }
}

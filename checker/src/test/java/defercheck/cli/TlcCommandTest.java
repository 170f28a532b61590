package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TlcCommandTest {

    @Test
    void noModelIsAUsageError() {
        String spec = System.getProperty("defercheck.spec.dir", "../spec");
        assertEquals(64, new CommandLine(new TlcCommand()).execute("--spec-dir", spec));
    }

    @Test
    void optionsParse() {
        TlcCommand c = new TlcCommand();
        new CommandLine(c).parseArgs("--all", "--workers", "1", "--profile", "large", "MCGoDefer");
        assertEquals(1, c.workers);
        assertEquals("large", c.profile);
        assertEquals(java.util.List.of("MCGoDefer"), c.models);
    }

    @Test
    void crossCheckBoundsAreNamedOrSpelledAsKnobs() {
        assertEquals(defercheck.explore.Bound.TINY, TlcCommand.crossCheckBound("tiny"));
        assertEquals(defercheck.explore.Bound.TINY, TlcCommand.crossCheckBound("f1s2d1l1v1n3-noconds"));
        defercheck.explore.Bound b = TlcCommand.crossCheckBound("f2s2d1l1v1n3-noconds");
        assertEquals(2, b.functions());
        assertEquals(false, b.conds());
        assertEquals(true, b.exits());
    }

    @Test
    void anUnknownCrossCheckBoundIsAUsageError() {
        String spec = System.getProperty("defercheck.spec.dir", "../spec");
        assertEquals(64, new CommandLine(new TlcCommand()).execute("--spec-dir", spec, "--cross-check", "huge"));
    }

    @Test
    void aModelOutsideTheManifestIsAUsageErrorOnTheCommandsOwnStream() {
        String spec = System.getProperty("defercheck.spec.dir", "../spec");
        java.io.StringWriter err = new java.io.StringWriter();
        int code = defercheck.cli.Main.execute(new String[] {"tlc", "--spec-dir", spec, "MCNoSuchModel"},
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err));
        assertEquals(64, code, err.toString());
        assertEquals(true, err.toString().contains("MCNoSuchModel is not in"), err.toString());
    }
}

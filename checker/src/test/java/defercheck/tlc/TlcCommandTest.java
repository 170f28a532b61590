package defercheck.tlc;

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
}

package defercheck.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.explore.Bound;
import defercheck.source.GoVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first Java-TLA+ link at the explorer's tiny bound: ProgramSpace and ProgramSpace.tla hold the same
 * programs (same count), and GoDefer ends each with Java's log and outcome.
 */
class CrossCheckTest {

    @Test
    void javaAndTlcAgreeOnTheTinyBound(@TempDir Path work) throws Exception {
        Path specDir = Paths.get(System.getProperty("defercheck.spec.dir", "../spec"));
        StringWriter text = new StringWriter();
        CrossCheck.Report r = new CrossCheck(specDir, work, 600).run(Bound.TINY, GoVersion.DEFAULT, 1,
                new PrintWriter(text));
        assertEquals(TlcResult.Kind.SUCCESS, r.tlc().kind(), text + "\n" + r.tlc().message());
        assertEquals(7754, r.javaCount(), "ProgramSpace's count for tiny");
        assertEquals(r.javaCount(), r.tlcCount(), "program counts");
        assertTrue(r.ok());
    }
}

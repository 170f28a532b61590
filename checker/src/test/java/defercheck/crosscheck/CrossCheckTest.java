package defercheck.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.explore.Bound;
import defercheck.source.GoVersion;
import defercheck.tlc.TlcResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first Java-TLA+ link at the explorer's tiny bound with method defers (tiny's 7,754 programs and 2,205
 * more with {@code defer r.show()}, {@code defer r.pshow()} or {@code defer I(nil).show()}): ProgramSpace and
 * ProgramSpace.tla hold the same programs (same count), and GoDefer ends each with Java's log and outcome.
 */
class CrossCheckTest {

    @Test
    void javaAndTlcAgreeOnTheTinyBoundWithMethodDefers(@TempDir Path work) throws Exception {
        Path specDir = Paths.get(System.getProperty("defercheck.spec.dir", "../spec"));
        StringWriter text = new StringWriter();
        Bound tinyMethods = Bound.named("f1s2d1l1v1n3-noconds-methods");
        assertTrue(tinyMethods.methods() && Bound.TINY.equals(new Bound("tiny", 1, 2, 1, 1, 1, 3, false, true,
                true, true, true, false)), "tiny's knobs, with methods");
        CrossCheck.Report r = new CrossCheck(specDir, work, 600).run(tinyMethods, GoVersion.DEFAULT, 1,
                new PrintWriter(text));
        assertEquals(TlcResult.Kind.SUCCESS, r.tlc().kind(), text + "\n" + r.tlc().message());
        assertEquals(9959, r.javaCount(), "ProgramSpace's count for tiny with methods");
        assertEquals(r.javaCount(), r.tlcCount(), "program counts");
        assertEquals(119_570, r.tlc().distinctStates());
        assertTrue(r.ok());
    }

    /**
     * Before 1.14 Goexit pushed no _panic record, so a {@code defer recover()} run by a Goexit inside a deferred
     * call recovers the panic below (found by explore --bound medium --go 1.12); this bound holds the smallest
     * program where that shows in the output ({@code panic: 1 [recovered]}), and GoDefer must agree for 1.13.
     */
    @Test
    void javaAndTlcAgreeOnRecoverDuringGoexitBefore114(@TempDir Path work) throws Exception {
        Path specDir = Paths.get(System.getProperty("defercheck.spec.dir", "../spec"));
        StringWriter text = new StringWriter();
        Bound b = new Bound("f0s3d1l0v1n5-noconds", 0, 3, 1, 0, 1, 5, false, true);
        CrossCheck.Report r = new CrossCheck(specDir, work, 600).run(b, new GoVersion(13), 2, new PrintWriter(text));
        assertEquals(TlcResult.Kind.SUCCESS, r.tlc().kind(), text + "\n" + r.tlc().message());
        assertEquals(13316, r.javaCount());
        assertEquals(r.javaCount(), r.tlcCount(), "program counts");
        assertTrue(r.ok());
    }
}

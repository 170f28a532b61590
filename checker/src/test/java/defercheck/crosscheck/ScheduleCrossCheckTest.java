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
 * The schedules of every goroutine program of tiny-go, in Java and in TLA+ (Schedules.tla): the same set of
 * outcomes for each program, and every schedule TLC runs ends with one of them.
 */
class ScheduleCrossCheckTest {

    @Test
    void javaAndTlcFindTheSameOutcomesOfEverySchedule(@TempDir Path work) throws Exception {
        Path specDir = Paths.get(System.getProperty("defercheck.spec.dir", "../spec"));
        StringWriter text = new StringWriter();
        ScheduleCrossCheck.Report r = new ScheduleCrossCheck(specDir, work, 600).run(Bound.TINY_GO, GoVersion.DEFAULT,
                1, new PrintWriter(text));
        assertEquals(TlcResult.Kind.SUCCESS, r.tlc().kind(), text + "\n" + r.tlc().message());
        assertEquals(3_951, r.programs(), "programs of tiny-go with go or wg.Wait");
        assertEquals(9_305, r.javaSchedules());
        assertEquals(21_446, r.tlc().distinctStates());
        assertTrue(r.ok());
    }
}

package defercheck.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blocked check: a sleeping process ends early as blocked, a computing one never counts as blocked. */
class ProcessesTest {
    @TempDir
    Path dir;

    @Test
    void aProcessAsleepForGoodIsEndedAsBlockedBeforeTheTimeout() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "skipped: no /proc (not Linux)");
        long start = System.nanoTime();
        Processes.Proc p = new Processes(30, 100).run(List.of("sleep", "60"), dir, Map.of(), "sleep", false);
        assertEquals(Processes.End.BLOCKED, p.end());
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "ended as blocked well before the 30 s timeout");
    }

    @Test
    void aProcessThatComputesIsNeverBlocked() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "skipped: no /proc (not Linux)");
        Processes.Proc p = new Processes(2, 100).run(List.of("sh", "-c", "while :; do :; done"), dir, Map.of(),
                "spin", false);
        assertEquals(Processes.End.TIMED_OUT, p.end());
    }

    @Test
    void aProcessThatEndsSoonExits() throws Exception {
        Processes.Proc p = new Processes(30, 100).run(List.of("sh", "-c", "echo out; echo err >&2; exit 3"), dir,
                Map.of(), "quick", false);
        assertEquals(new Processes.Proc(3, "out\n", "err\n", Processes.End.EXITED), p);
    }

    @Test
    void everyThreadCountsNotOnlyTheMainOne() {
        assertTrue(new Processes.ProcStat("SSS", 4).asleep());
        assertTrue(!new Processes.ProcStat("SRS", 4).asleep(), "a runnable thread, perhaps starved, is not asleep");
        assertTrue(!new Processes.ProcStat("SD", 4).asleep(), "a thread in uninterruptible I/O is not asleep");
        assertTrue(!new Processes.ProcStat("", 4).asleep());
    }
}

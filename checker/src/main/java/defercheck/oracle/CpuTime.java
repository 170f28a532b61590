package defercheck.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of this JVM plus every child process it has waited for (and theirs: a build's compiler and linker
 * count, as go build waits for them), from /proc/self/stat. A rate per CPU-second says what a run would do on
 * idle cores, which the wall clock of a shared machine does not.
 */
final class CpuTime {
    private CpuTime() {
    }

    /** Milliseconds, or -1 where /proc/self/stat is missing. Clock ticks are taken as 100 a second (USER_HZ). */
    static long ofThisProcessAndChildren() {
        return ticks(11, 14);
    }

    /** The JVM's own share of {@link #ofThisProcessAndChildren()}. */
    static long ofThisProcess() {
        return ticks(11, 12);
    }

    private static long ticks(int from, int to) {
        try {
            String s = Files.readString(Path.of("/proc/self/stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            long ticks = 0;
            for (int i = from; i <= to; i++) {
                ticks += Long.parseLong(f[i]);
            }
            return ticks * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}

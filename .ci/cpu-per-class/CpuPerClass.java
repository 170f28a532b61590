package defercheck.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Measures the build, not the code: for every test class, the wall time, the CPU time of the test JVM and the
 * CPU time of the processes it forked and waited for (TLC, go build, the built binaries), read from
 * /proc/self/stat (utime, stime, cutime, cstime), and the load average when the class started. One line per
 * class is appended to target/cpu-per-class.tsv of the module. Surefire reports only wall time, which on a
 * shared machine says more about the load than about the test; CPU time moves much less with the load.
 * Not part of the build: .ci/build-times puts it on the test classpath.
 */
public final class CpuPerClass implements TestExecutionListener {
    private static final double TICK = 100.0;  // USER_HZ on Linux
    private final Map<String, long[]> started = new ConcurrentHashMap<>();

    @Override
    public void executionStarted(TestIdentifier id) {
        className(id).ifPresent(c -> started.put(c, sample()));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        className(id).ifPresent(c -> {
            long[] a = started.remove(c);
            long[] b = sample();
            if (a == null || b[0] < 0) {
                return;
            }
            String line = String.format("%s\t%.1f\t%.1f\t%.1f\t%.2f%n", c, (b[0] - a[0]) / 1e9,
                    (b[1] - a[1]) / TICK, (b[2] - a[2]) / TICK, a[3] / 100.0);
            try {
                Path out = Paths.get("target", "cpu-per-class.tsv");
                Files.createDirectories(out.getParent());
                Files.writeString(out, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                System.err.println("cpu-per-class: " + e);
            }
        });
    }

    private static java.util.Optional<String> className(TestIdentifier id) {
        return id.getSource().filter(s -> s instanceof ClassSource).map(s -> ((ClassSource) s).getClassName());
    }

    /** nanoTime, own CPU ticks, waited-for children's CPU ticks, 1-minute load average x 100. */
    private static long[] sample() {
        try {
            String stat = Files.readString(Paths.get("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // f[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17
            long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            long children = Long.parseLong(f[13]) + Long.parseLong(f[14]);
            String load = Files.readString(Paths.get("/proc/loadavg")).split(" ")[0];
            return new long[] {System.nanoTime(), own, children, Math.round(Double.parseDouble(load) * 100)};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, 0, 0, 0};
        }
    }
}

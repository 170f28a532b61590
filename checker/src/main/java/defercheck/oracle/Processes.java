package defercheck.oracle;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the processes of an implementation under test: stdin from /dev/null, each stream to its own file, a
 * timeout, and an early end for a process that is blocked for good. An interpreter whose interpreted main
 * goroutine calls {@code runtime.Goexit} can sit forever without the runtime's deadlock check firing (its own
 * goroutines keep it alive); waiting out the whole timeout for each such program would dominate a run. A
 * process counts as blocked when, after {@code blockedAfterMillis}, every one of its threads is asleep and it
 * has used no CPU time for {@link #QUIET_MILLIS}: a thread that is merely starved on a loaded machine is
 * runnable, not asleep (a Go runtime's main thread may sleep while another thread runs the program, hence every
 * thread), and one that computes gains CPU time.
 */
final class Processes {
    /** How long a process must stay asleep without CPU time to count as blocked. */
    static final long QUIET_MILLIS = 300;
    private static final long POLL_MILLIS = 50;

    /** How a process ended: on its own, killed at the timeout, or killed as blocked. */
    enum End { EXITED, TIMED_OUT, BLOCKED }

    /** A finished process. {@code exit} is meaningful only when {@code end} is EXITED. */
    record Proc(int exit, String stdout, String stderr, End end) { }

    private final int timeoutSeconds;
    private final long blockedAfterMillis;
    private final AtomicLong started = new AtomicLong();

    /** {@code blockedAfterMillis} 0: no blocked check, only the timeout. */
    Processes(int timeoutSeconds, long blockedAfterMillis) {
        this.timeoutSeconds = timeoutSeconds;
        this.blockedAfterMillis = blockedAfterMillis;
    }

    int timeoutSeconds() {
        return timeoutSeconds;
    }

    long started() {
        return started.get();
    }

    /**
     * Runs {@code cmd} in {@code dir} with {@code env} on top of the inherited environment (less GOTRACEBACK and
     * GODEBUG, which change crash text); {@code merged} sends stderr to the stdout file, so the two streams keep
     * the order of their writes. The stream files are named after {@code tag} (one per thread, reused).
     */
    Proc run(List<String> cmd, Path dir, Map<String, String> env, String tag, boolean merged)
            throws IOException, InterruptedException {
        File out = dir.resolve(tag + ".out").toFile();
        File err = dir.resolve(tag + ".err").toFile();
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        if (merged) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(err);
        }
        Map<String, String> e = pb.environment();
        e.remove("GOTRACEBACK");
        e.remove("GODEBUG");
        e.putAll(env);
        Process p = Children.started(pb.start());
        started.incrementAndGet();
        End end;
        try {
            end = await(p);
            if (end != End.EXITED) {
                p.destroyForcibly().waitFor();
            }
        } finally {
            Children.ended(p);
        }
        String stdout = Files.readString(out.toPath(), StandardCharsets.UTF_8);
        String stderr = merged ? "" : Files.readString(err.toPath(), StandardCharsets.UTF_8);
        return new Proc(end == End.EXITED ? p.exitValue() : -1, stdout, stderr, end);
    }

    private End await(Process p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        if (blockedAfterMillis <= 0 || blockedAfterMillis >= timeoutSeconds * 1000L) {
            return p.waitFor(timeoutSeconds, TimeUnit.SECONDS) ? End.EXITED : End.TIMED_OUT;
        }
        if (p.waitFor(blockedAfterMillis, TimeUnit.MILLISECONDS)) {
            return End.EXITED;
        }
        long lastCpu = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            ProcStat s = ProcStat.read(p.pid());
            if (s == null) {
                return p.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
                        ? End.EXITED : End.TIMED_OUT;
            }
            if (s.cpuTicks() != lastCpu || !s.asleep()) {
                lastCpu = s.cpuTicks();
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)) {
                return p.isAlive() ? End.BLOCKED : End.EXITED;
            }
            if (p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return End.EXITED;
            }
        }
        return p.isAlive() ? End.TIMED_OUT : End.EXITED;
    }

    /**
     * What the blocked check reads: the state of each thread (/proc/PID/task/TID/stat) and the CPU time the whole
     * process has used (/proc/PID/stat).
     */
    record ProcStat(String threadStates, long cpuTicks) {
        boolean asleep() {
            return !threadStates.isEmpty() && threadStates.chars().allMatch(c -> c == 'S');
        }

        /** Null where /proc is missing (not Linux) or the process is gone. */
        static ProcStat read(long pid) {
            Path proc = Path.of("/proc", Long.toString(pid));
            try (var tasks = Files.list(proc.resolve("task"))) {
                String[] f = fields(Files.readString(proc.resolve("stat")));
                StringBuilder states = new StringBuilder();
                for (Path t : (Iterable<Path>) tasks::iterator) {
                    states.append(fields(Files.readString(t.resolve("stat")))[0].charAt(0));
                }
                return new ProcStat(states.toString(), Long.parseLong(f[11]) + Long.parseLong(f[12]));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** The fields after the command name (field 2), which is in parentheses and may hold spaces. */
        private static String[] fields(String stat) {
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        }
    }
}

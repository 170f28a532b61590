package defercheck.cli;

import defercheck.crosscheck.CrossCheck;
import defercheck.explore.Bound;
import defercheck.explore.Engine;
import defercheck.explore.Explorer;
import defercheck.explore.FastEngineBug;
import defercheck.explore.MachineSuite;
import defercheck.explore.ProgramSpace;
import defercheck.explore.Progress;
import defercheck.explore.Summary;
import defercheck.oracle.GcAdapter;
import defercheck.oracle.Oracle;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code defercheck bench}: programs per second of the explorer on a bound, cross-checked on every machine
 * of one Go version, and TLC's programs per second on the same bound: {@code tlc --cross-check} runs GoDefer
 * on exactly the explorer's programs (spec/ProgramSpace.tla), so the two rates are over one set of programs.
 * TLC runs by default on bounds of at most {@link #TLC_PROGRAMS} programs; {@code --tlc-bound} picks another.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure explorer throughput (programs/s) on a bound, and TLC's on the same bound when available.")
final class BenchCommand implements Callable<Integer> {

    @Mixin
    BoundOptions bounds = new BoundOptions();

    @Mixin
    GoVersionOption go = new GoVersionOption();

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: available processors)")
    Integer threads;

    @Option(names = "--engine", paramLabel = "E", defaultValue = "fast",
            description = "fast (int-array machines, a disagreement re-run on the reference machines) or reference"
                    + " (default: ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "check only the first N programs of the bound (0: all)")
    long limit;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20000",
            description = "programs checked first, untimed, so the JIT has compiled the hot path (default: ${DEFAULT-VALUE})")
    long warmup;

    @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "2",
            description = "repeat the warmup until it has run this long (default: ${DEFAULT-VALUE}); the fast engine"
                    + " checks 20,000 programs in well under the time the JIT needs to compile its hot path")
    double warmupSeconds;

    @Option(names = "--tlc-bound", paramLabel = "NAME",
            description = "measure TLC ('tlc --cross-check NAME') on the named explorer bound NAME instead of the"
                    + " bench bound (which TLC measures by default only up to " + TLC_PROGRAMS + " programs)")
    String tlcBound;

    @Option(names = "--spec-dir", paramLabel = "DIR", defaultValue = "spec",
            description = "folder with the TLA+ specs, for the TLC measurement (default: ${DEFAULT-VALUE})")
    Path specDir;

    /** The largest bound TLC measures unasked: tiny's 7,754 programs take about a minute of TLC. */
    static final long TLC_PROGRAMS = 20_000;

    @Option(names = "--go-bin", paramLabel = "PATH",
            description = "also measure the oracle (defercheck oracle) against this go command")
    Path goBin;

    @Option(names = "--oracle-count", paramLabel = "N", defaultValue = "2000",
            description = "programs for the oracle measurement (default: ${DEFAULT-VALUE})")
    long oracleCount;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Bound bound;
        try {
            bound = bounds.resolve();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (limit < 0 || warmup < 0 || warmupSeconds < 0 || (threads != null && threads < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--limit, --warmup and --warmup-seconds must be >= 0 and --threads >= 1");
        }
        MachineSuite suite = new MachineSuite(go.version(), null);
        Engine e;
        try {
            e = Engine.byId(engine);
        } catch (IllegalArgumentException ex) {
            throw new CommandLine.ParameterException(spec.commandLine(), ex.getMessage());
        }
        try {
            return bench(out, bound, suite, e);
        } catch (FastEngineBug bug) {
            return ExploreCommand.reportFastEngineBug(spec.commandLine().getErr(), bug);
        }
    }

    private int bench(PrintWriter out, Bound bound, MachineSuite suite, Engine e) throws IOException {
        ProgramSpace space = new ProgramSpace(bound);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        long to = limit > 0 ? Math.min(limit, space.size()) : space.size();
        Explorer explorer = new Explorer(bound, () -> e.check(suite), n, false);
        warmUp(explorer, to);
        long cpuBefore = processCpuNanos();
        Summary s = explorer.run(0, to, null, null, Progress.NONE, List.of());
        long cpu = processCpuNanos() - cpuBefore;
        out.printf("bound %s, Go %s, %d thread(s): %d programs in %.2f s%n", bound.describe(), go.version(), n,
                s.programs(), s.elapsedMs() / 1000.0);
        if (cpuBefore >= 0 && cpu > 0) {
            // On a shared machine the wall-clock rate depends on everyone else's load; CPU time much less so.
            out.printf("process CPU time %.2f s: %,d programs per CPU-second%n", cpu / 1e9,
                    Math.round(s.programs() / (cpu / 1e9)));
        }
        out.printf("explorer (%s engine): %,d programs/s, each program cross-checked on the %d machines of Go %s"
                + " (%s)%n", e.id(), Math.round(s.programsPerSecond()), suite.names().size(), go.version(),
                String.join(", ", suite.names()));
        if (explorer.schedules() > 0) {
            out.printf("schedules: %,d over the programs with goroutines, %,d schedules/s%s%n", explorer.schedules(),
                    Math.round(explorer.schedules() / Math.max(1e-3, s.elapsedMs() / 1000.0)),
                    cpuBefore >= 0 && cpu > 0 ? String.format(", %,d per CPU-second",
                            Math.round(explorer.schedules() / (cpu / 1e9))) : "");
        }
        out.flush();
        boolean tlcOk = tlcRate(out, bound, s.programsPerSecond());
        boolean oracleOk = oracle(out, bound);
        out.flush();
        return s.divergences() == 0 && oracleOk && tlcOk ? 0 : 1;
    }

    /**
     * Checks {@code --warmup} programs, untimed, then further windows of that many, walking on through the
     * bound (and round again), until {@code --warmup-seconds} have passed: the JIT then has seen every kind of
     * program the measured run checks.
     */
    private void warmUp(Explorer explorer, long to) throws IOException {
        long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
        long from = 0;
        do {
            long upTo = Math.min(to, from + Math.max(1, warmup));
            explorer.run(from, upTo, null, null, Progress.NONE, List.of());
            from = upTo == to ? 0 : upTo;
        } while (System.nanoTime() < end);
    }

    /** The oracle's rate on random programs of the bound; false when it found an unexplained disagreement. */
    private boolean oracle(PrintWriter out, Bound bound) throws IOException {
        if (goBin == null) {
            out.println("oracle: not measured (pass --go-bin PATH to measure defercheck oracle against a real toolchain)");
            return true;
        }
        Oracle.fastProcessLaunch();
        Path work = Files.createTempDirectory("defercheck-bench-oracle");
        try {
            GcAdapter gc = GcAdapter.of(goBin, null, work);
            int workers = 2 * Runtime.getRuntime().availableProcessors();
            Oracle o = new Oracle(new Oracle.Config(gc, bound,
                    oracleCount, 1, false, 400, workers, 30, false, false, work));
            Oracle.Summary s = o.run(r -> { });
            out.printf("oracle: %,.1f programs/s against %s (%d programs of %s, built 400 per binary, %.1f s;"
                    + " %d agree, %d known toolchain bugs, %d unexplained)%n", s.programsPerSecond(),
                    gc.version(), s.programs(), bound.name(), s.millis() / 1000.0, s.agreements(), s.knownBugs(),
                    s.unexplained());
            return s.unexplained() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (IllegalArgumentException e) {
            out.println("oracle: not measured: " + e.getMessage());
            return true;
        } finally {
            Oracle.deleteTree(work);
        }
    }

    /**
     * TLC's rate, measured by the cross-check on the bench bound (or {@code --tlc-bound}): programs over the
     * forked TLC run's wall time (JVM start, SANY, ExplorerPrograms and the state space), with the explorer's
     * rate over it when both ran on one bound. False when the cross-check failed.
     */
    private boolean tlcRate(PrintWriter out, Bound bound, double explorerRate) {
        try {
            Bound b = tlcBound != null ? Bound.named(tlcBound) : bound;
            long programs = new ProgramSpace(b).size();
            if (tlcBound == null && programs > TLC_PROGRAMS) {
                out.printf("TLC: not measured: %s has %,d programs, more than the %,d TLC measures unasked"
                        + " (--tlc-bound tiny measures it on tiny); ratio n/a%n", b.name(), programs, TLC_PROGRAMS);
                return true;
            }
            if (!Files.isRegularFile(specDir.resolve("ProgramSpace.tla"))) {
                out.println("TLC: not measured: no specs in " + specDir.toAbsolutePath() + " (run from the project"
                        + " root, or pass --spec-dir); ratio n/a");
                return true;
            }
            Path work = Files.createTempDirectory("defercheck-bench-tlc-");
            CrossCheck.Report r = new CrossCheck(specDir, work, 1800)
                    .run(b, go.version(), 1, out);
            double tlc = r.javaCount() / r.tlc().seconds();
            out.printf("TLC: %,.0f programs/s (GoDefer, 1 worker, on %s: %,d programs, %,d distinct states in %.1f s;"
                    + " cross-check %s); %s%n", tlc, b.name(), r.javaCount(), r.tlc().distinctStates(),
                    r.tlc().seconds(), r.ok() ? "passed" : "FAILED",
                    b.equals(bound) ? String.format("explorer/TLC = %,.0f", explorerRate / tlc)
                            : "ratio n/a (TLC ran on another bound)");
            out.flush();
            return r.ok();
        } catch (IOException | IllegalArgumentException e) {
            out.println("TLC: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** CPU time of this JVM so far (all threads, JIT and GC included), or -1 where the JVM does not say. */
    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}

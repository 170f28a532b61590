package defercheck.cli;

import defercheck.explore.Bound;
import defercheck.explore.Explorer;
import defercheck.explore.MachineSuite;
import defercheck.explore.ProgramSpace;
import defercheck.explore.Progress;
import defercheck.explore.Summary;
import defercheck.source.GoVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code defercheck bench}: programs per second of the explorer on a bound, cross-checked on every machine
 * of one Go version. TLC checks Calculus.tla's program space, not the explorer's, so its rate is measured on
 * a calculus bound ({@code --tlc-bound}) against Java's abstract machine on the same programs;
 * {@link #tlcProgramsPerSecond} stays the hook for a day when both check one space.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure explorer throughput (programs/s) on a bound, and TLC's on the same bound when available.")
final class BenchCommand implements Callable<Integer> {

    @Mixin
    BoundOptions bounds = new BoundOptions();

    @Option(names = "--go", paramLabel = "V", converter = GoVersionConverter.class, defaultValue = "1.23",
            description = "Go version (default: ${DEFAULT-VALUE})")
    GoVersion version;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: available processors)")
    Integer threads;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "check only the first N programs of the bound (0: all)")
    long limit;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20000",
            description = "programs checked first, untimed, so the JIT has compiled the hot path")
    long warmup;

    @Option(names = "--tlc-bound", paramLabel = "NAME",
            description = "also run 'tlc --cross-check NAME' (a Calculus.tla bound: tiny, small, medium or an MC cfg)"
                    + " and report TLC's programs/s on it next to Java's on the same programs")
    String tlcBound;

    @Option(names = "--go-bin", paramLabel = "PATH",
            description = "also measure the oracle (defercheck oracle) against this go command")
    java.nio.file.Path goBin;

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
        MachineSuite suite = new MachineSuite(version, null);
        ProgramSpace space = new ProgramSpace(bound);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        long to = limit > 0 ? Math.min(limit, space.size()) : space.size();
        Explorer explorer = new Explorer(bound, () -> ExploreCommand.check(suite), n, false);
        explorer.run(0, Math.min(warmup, to), null, "warmup", Progress.NONE, List.of());
        long cpuBefore = processCpuNanos();
        Summary s = explorer.run(0, to, null, "bench", Progress.NONE, List.of());
        long cpu = processCpuNanos() - cpuBefore;
        out.printf("bound %s, Go %s, %d thread(s): %d programs in %.2f s%n", bound.describe(), version, n,
                s.programs(), s.elapsedMs() / 1000.0);
        if (cpuBefore >= 0 && cpu > 0) {
            // On a shared machine the wall-clock rate depends on everyone else's load; CPU time much less so.
            out.printf("process CPU time %.2f s: %,d programs per CPU-second%n", cpu / 1e9,
                    Math.round(s.programs() / (cpu / 1e9)));
        }
        out.printf("explorer: %,d programs/s cross-checked on %d machines (%s)%n", Math.round(s.programsPerSecond()),
                suite.names(defercheck.core.CoreLowering.lower(space.program(0), version, "")).size(),
                String.join(", ", suite.names(defercheck.core.CoreLowering.lower(space.program(0), version, ""))));
        Double tlc = tlcProgramsPerSecond(bound);
        out.println(tlc == null ? "TLC: not measured on this bound (TLC checks Calculus.tla's program space, not the"
                + " explorer's; use --tlc-bound); ratio n/a"
                : String.format("TLC: %,.0f programs/s; explorer/TLC = %.1f", tlc, s.programsPerSecond() / tlc));
        boolean oracleOk = oracle(out, bound);
        out.flush();
        if (tlcBound != null && !tlcRate(out)) {
            return 1;
        }
        return s.divergences() == 0 && oracleOk ? 0 : 1;
    }

    /** The oracle's rate on random programs of the bound; false when it found an unexplained disagreement. */
    private boolean oracle(PrintWriter out, Bound bound) throws IOException {
        if (goBin == null) {
            out.println("oracle: not measured (pass --go-bin PATH to measure defercheck oracle against a real toolchain)");
            return true;
        }
        defercheck.oracle.Oracle.fastProcessLaunch();
        java.nio.file.Path work = java.nio.file.Files.createTempDirectory("defercheck-bench-oracle");
        try {
            defercheck.toolchain.GoToolchain go = defercheck.toolchain.GoToolchain.fromBinary(goBin);
            int workers = 2 * Runtime.getRuntime().availableProcessors();
            defercheck.oracle.Oracle o = new defercheck.oracle.Oracle(new defercheck.oracle.Oracle.Config(go, bound,
                    oracleCount, 1, false, 400, workers, 30, false, false, work));
            defercheck.oracle.Oracle.Summary s = o.run(r -> { });
            out.printf("oracle: %,.1f programs/s against go%s (%d programs of %s, built 400 per binary, %.1f s;"
                    + " %d agree, %d known toolchain bugs, %d unexplained)%n", s.programsPerSecond(), go.version(),
                    s.programs(), bound.name(), s.millis() / 1000.0, s.agreements(), s.knownBugs(), s.unexplained());
            return s.unexplained() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (IllegalArgumentException e) {
            out.println("oracle: not measured: " + e.getMessage());
            return true;
        } finally {
            defercheck.oracle.Oracle.deleteTree(work);
        }
    }

    /** TLC's rate on a Calculus.tla bound, measured by the cross-check (JVM start and SANY included). */
    private boolean tlcRate(PrintWriter out) {
        try {
            java.nio.file.Path spec = java.nio.file.Paths.get("spec");
            Bound b = Bound.named(tlcBound);
            java.nio.file.Path work = java.nio.file.Files.createTempDirectory("defercheck-bench-tlc-");
            defercheck.tlc.CrossCheck.Report r = new defercheck.tlc.CrossCheck(spec, work, 1800).run(b, version, 1, out);
            out.printf("TLC (GoDefer, 1 worker) on calculus bound %s: %d programs in %.1f s = %,.0f programs/s;"
                            + " Java's abstract Machine on the same programs (translation and TLA+ printing included):"
                            + " %,.0f programs/s; cross-check %s%n", b.name(), r.javaCount(), r.tlc().seconds(),
                    r.javaCount() / r.tlc().seconds(), r.javaCount() / r.javaSeconds(), r.ok() ? "passed" : "FAILED");
            out.flush();
            return r.ok();
        } catch (java.io.IOException | IllegalArgumentException e) {
            out.println("TLC: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** CPU time of this JVM so far (all threads, JIT and GC included), or -1 where the JVM does not say. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    /** TLC's rate on the same bound, or null until the TLA+ driver can run it. */
    static Double tlcProgramsPerSecond(Bound bound) {
        return null;
    }
}

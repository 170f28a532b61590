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
 * of one Go version. The TLC column is a hook: it is filled once the TLA+ driver (spec/, {@code defercheck
 * tlc}) can check the same bound; {@link #tlcProgramsPerSecond} is where it plugs in.
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
        out.println(tlc == null ? "TLC: not measured (no TLA+ model of this bound yet; see issue 5); ratio n/a"
                : String.format("TLC: %,.0f programs/s; explorer/TLC = %.1f", tlc, s.programsPerSecond() / tlc));
        out.flush();
        return s.divergences() == 0 ? 0 : 1;
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

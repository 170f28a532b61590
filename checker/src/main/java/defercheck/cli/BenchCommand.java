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
        Summary s = explorer.run(0, to, null, "bench", Progress.NONE, List.of());
        out.printf("bound %s, Go %s, %d thread(s): %d programs in %.2f s%n", bound.describe(), version, n,
                s.programs(), s.elapsedMs() / 1000.0);
        out.printf("explorer: %,d programs/s cross-checked on %d machines (%s)%n", Math.round(s.programsPerSecond()),
                suite.names(defercheck.core.CoreLowering.lower(space.program(0), version, "")).size(),
                String.join(", ", suite.names(defercheck.core.CoreLowering.lower(space.program(0), version, ""))));
        Double tlc = tlcProgramsPerSecond(bound);
        out.println(tlc == null ? "TLC: not measured (no TLA+ model of this bound yet; see issue 5); ratio n/a"
                : String.format("TLC: %,.0f programs/s; explorer/TLC = %.1f", tlc, s.programsPerSecond() / tlc));
        boolean oracleOk = oracle(out, bound);
        out.flush();
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

    /** TLC's rate on the same bound, or null until the TLA+ driver can run it. */
    static Double tlcProgramsPerSecond(Bound bound) {
        return null;
    }
}

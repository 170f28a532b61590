package defercheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import defercheck.explore.Bound;
import defercheck.oracle.Oracle;
import defercheck.oracle.OracleTraces;
import defercheck.toolchain.GoToolchain;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code defercheck oracle}: the model against a real Go toolchain, program by program. Exit 0 when every
 * disagreement is explained by a known toolchain bug, 1 when one is not, 64 for usage, 70 when the toolchain
 * cannot build.
 */
@Command(name = "oracle", mixinStandardHelpOptions = true,
        description = {"Differential check against a real Go toolchain: programs of a bound are printed as Go, built"
                + " in batches (many programs per binary, one process per program) and compared with the model under"
                + " the toolchain's version on stdout, stderr (up to the goroutine dump), exit code and the"
                + " -gcflags=-d=defer plan.",
                "Disagreements are saved as JSON traces; those matching a known toolchain bug are reported with its"
                + " issue number and counted apart."})
public final class OracleCommand implements Callable<Integer> {

    @Option(names = "--go-bin", paramLabel = "PATH", required = true,
            description = "the go command of the toolchain, e.g. /usr/lib/go-1.23/bin/go")
    Path goBin;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1000", description = "programs to check (default: ${DEFAULT-VALUE})")
    long count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of the random order (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--bound", paramLabel = "NAME", defaultValue = "small",
            description = "program space: tiny, small, medium or large (default: ${DEFAULT-VALUE})")
    String bound;

    @Option(names = "--exhaustive", description = "take programs in rank order (smallest first) instead of at random")
    boolean exhaustive;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1000", description = "programs per binary (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--workers", paramLabel = "N", description = "cases run at once (default: 2 x available processors)")
    Integer workers;

    @Option(names = "--fresh", description = "one process per program; by default a process runs a batch's programs in"
            + " turn until one of them ends it (a crash, os.Exit or Goexit), and the next process resumes after it")
    boolean fresh;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = "per case (default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "traces/oracle",
            description = "where disagreement traces go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the summary as JSON")
    Path json;

    @Option(names = "--work", paramLabel = "DIR", description = "scratch directory for the batches (default: a temporary one)")
    Path work;

    @Option(names = "--keep", description = "keep the generated batches (Go sources and binaries) under --work")
    boolean keep;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Oracle.fastProcessLaunch();
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter e = spec.commandLine().getErr();
        Bound b;
        try {
            b = Bound.named(bound);
        } catch (IllegalArgumentException ex) {
            throw new CommandLine.ParameterException(spec.commandLine(), ex.getMessage());
        }
        if (count < 0 || batch < 1 || timeout < 1 || (workers != null && workers < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--count must be >= 0, --batch, --timeout and --workers >= 1");
        }
        if (!java.nio.file.Files.isExecutable(goBin)) {
            e.println("defercheck oracle: --go-bin " + goBin + ": no such executable (want a go command, such as"
                    + " /usr/lib/go-1.23/bin/go)");
            return ExitCodes.NOINPUT;
        }
        GoToolchain go;
        try {
            go = GoToolchain.fromBinary(goBin);
        } catch (IOException ex) {
            e.println("defercheck oracle: --go-bin " + goBin + " is not a usable Go toolchain: " + ex.getMessage());
            return ExitCodes.NOINPUT;
        }
        int w = workers != null ? workers : 2 * Runtime.getRuntime().availableProcessors();
        Path scratch = work != null ? work : java.nio.file.Files.createTempDirectory("defercheck-oracle");
        Oracle oracle;
        try {
            oracle = new Oracle(new Oracle.Config(go, b, count, seed, exhaustive, batch, w, timeout, fresh, keep, scratch));
        } catch (IllegalArgumentException ex) {
            e.println("defercheck oracle: " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        String full = goVersionLine(go);
        o.println("oracle: " + full + " (" + go.home() + "), model Go " + oracle.version() + ", " + count + " "
                + (exhaustive ? "programs in rank order" : "random programs (seed " + seed + ")") + " of "
                + b.describe() + ", " + batch + " per binary, " + w + " workers, "
                + (fresh ? "one process per program" : "processes reused until a program ends one"));
        o.flush();
        String gv = "go" + go.version();
        Oracle.Summary s;
        try {
            s = oracle.run(r -> {
                if (r.agrees()) {
                    return;
                }
                try {
                    Path f = OracleTraces.write(out, gv, full, b.name(), r);
                    o.println((r.knownBug() != null ? "known bug " + r.knownBug().label() + " (" + r.knownBug().versions()
                            + ")" : r.batchOnly() ? "batch-only (the program built alone agrees with the model)"
                            : "DISAGREEMENT") + " on rank " + r.rank() + ": " + String.join(", ", r.differs())
                            + "; trace " + f);
                    o.flush();
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
        } catch (IOException ex) {
            e.println("defercheck oracle: " + ex.getMessage());
            return 70;
        } finally {
            if (work == null && !keep) {
                Oracle.deleteTree(scratch);
            }
        }
        o.printf("%s: %d programs, %d agree, %d agree only when built alone, %d known toolchain bug(s)%s,"
                + " %d unexplained disagreement(s)%n", gv, s.programs(), s.agreements(), s.batchOnly(), s.knownBugs(), s.byBug().isEmpty() ? "" : " " + byBug(s),
                s.unexplained());
        o.printf("rate: %.1f programs/s (%.1f s wall; builds took %.1f s in all, overlapping each other and the runs; %d processes)%n",
                s.programsPerSecond(), s.millis() / 1000.0, s.buildMillis() / 1000.0, s.processes());
        o.flush();
        if (json != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("go", gv);
            m.put("toolchain", full);
            m.put("bound", b.name());
            m.put("order", exhaustive ? "rank" : "random");
            m.put("seed", seed);
            m.put("programs", s.programs());
            m.put("agreements", s.agreements());
            m.put("batch_only", s.batchOnly());
            m.put("known_bugs", s.knownBugs());
            m.put("by_bug", s.byBug());
            m.put("unexplained", s.unexplained());
            m.put("millis", s.millis());
            m.put("build_millis", s.buildMillis());
            m.put("processes", s.processes());
            m.put("programs_per_second", Math.round(s.programsPerSecond() * 10) / 10.0);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), m);
        }
        return s.unexplained() == 0 ? 0 : 1;
    }

    private static String byBug(Oracle.Summary s) {
        StringBuilder b = new StringBuilder("(");
        s.byBug().forEach((issue, n) -> b.append(b.length() > 1 ? ", " : "").append("golang/go#").append(issue)
                .append(": ").append(n));
        return b.append(')').toString();
    }

    private static String goVersionLine(GoToolchain go) throws IOException, InterruptedException {
        GoToolchain.Run r = go.go(Paths.get(System.getProperty("java.io.tmpdir")), 60, "env", "GOVERSION");
        return r.stdout().strip();
    }
}

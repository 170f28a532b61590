package defercheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import defercheck.explore.Bound;
import defercheck.oracle.Adapters;
import defercheck.oracle.CaseResult;
import defercheck.oracle.Causes;
import defercheck.oracle.ImplTraces;
import defercheck.oracle.Implementation;
import defercheck.oracle.Oracle;
import defercheck.oracle.OracleReport;
import defercheck.oracle.OracleTraces;
import defercheck.source.GoVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code defercheck oracle}: the model against a Go implementation, program by program. Exit 0 when every
 * disagreement is a declared quirk, a known toolchain bug or a batch artefact, 1 when one is semantic, 64 for
 * usage, 66 when the implementation is not installed, 70 when it cannot build.
 */
@Command(name = "oracle", mixinStandardHelpOptions = true, subcommands = OracleReportCommand.class,
        description = {"Differential check against a Go implementation (gc, gccgo or yaegi): programs of a bound are"
                + " printed as Go, built in batches (many programs per binary or file) and compared with the model"
                + " under the implementation's Go language version on exit code, stdout, stderr (up to the stack"
                + " listing) and, for gc, the -gcflags=-d=defer plan.",
                "Differences of presentation the adapter declares (quirks) are counted apart. Every other"
                + " disagreement is reduced to a minimal program; the causes (one per minimal program) are saved as"
                + " traces under OUT/IMPL-VERSION/, which `oracle report` lists and `trace diff` opens."})
public final class OracleCommand implements Callable<Integer> {

    @Option(names = "--impl", paramLabel = "NAME", defaultValue = "gc",
            description = "gc, gccgo or yaegi (default: ${DEFAULT-VALUE})")
    String impl;

    @Option(names = "--bin", paramLabel = "PATH", description = "the implementation's command (default: where Debian"
            + " installs it: /usr/bin/go or the newest /usr/lib/go-1.NN/bin/go; gccgo-12 or go-12; yaegi)")
    Path bin;

    @Option(names = "--go-bin", paramLabel = "PATH", description = "gc's go command, e.g. /usr/lib/go-1.23/bin/go"
            + " (the same as --impl gc --bin PATH)")
    Path goBin;

    @Option(names = "--lang", paramLabel = "1.NN", converter = GoVersionConverter.class,
            description = "the Go language version the model runs under (default: the implementation's, detected)")
    GoVersion lang;

    @Option(names = "--count", paramLabel = "N", description = "programs to check (default: 1000 at random; with"
            + " --exhaustive, every program of the bound)")
    Long count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of the random order (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--bound", paramLabel = "NAME", defaultValue = "small",
            description = "program space: tiny, small, medium or large (default: ${DEFAULT-VALUE})")
    String bound;

    @Option(names = "--exhaustive", description = "take programs in rank order (smallest first) instead of at random")
    boolean exhaustive;

    @Option(names = "--batch", paramLabel = "N", description = "programs per batch (default: gc 1000, gccgo 250,"
            + " yaegi 100)")
    Integer batch;

    @Option(names = "--workers", paramLabel = "N", description = "cases run at once (default: 2 x available processors;"
            + " yaegi 4 x)")
    Integer workers;

    @Option(names = "--fresh", description = "one process per program; by default a process runs a batch's programs in"
            + " turn until one of them ends it (a crash, os.Exit or Goexit), and the next process resumes after it;"
            + " a bound with goroutines always runs one process per program")
    boolean fresh;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = "per case (default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--out", paramLabel = "DIR", description = "the run's record (summary.json, cause-NN.trace.json,"
            + " cases/) replaces DIR/IMPL-VERSION/ (default: traces/impl for --exhaustive over a whole bound,"
            + " else traces/found/impl)")
    Path out;

    @Option(names = "--measure-limit", description = "build, run and check the programs batch after batch, each"
            + " step after the other, and print what each costs (CPU-seconds per 1,000 programs, the JVM's share)"
            + " and the rates that bounds (the results are not kept)")
    boolean measureLimit;

    @Option(names = "--no-reduce", description = "count semantic disagreements without reducing and saving them")
    boolean noReduce;

    @Option(names = "--cases", description = "also save every semantic disagreement as it is found, before reduction,"
            + " as OUT/IMPL-VERSION/cases/oracle-*.json (known bugs and batch artefacts are always saved there)")
    boolean cases;

    @Option(names = "--verdicts", paramLabel = "FILE", description = "with --exhaustive: also write every program's"
            + " verdict to FILE (a byte per rank) and the run's totals to FILE.json")
    Path verdicts;

    @Option(names = "--from-verdicts", paramLabel = "FILE", description = "with --exhaustive: check nothing; reduce and"
            + " save the causes of the run that wrote FILE with --verdicts (after a change to reduction or traces)")
    Path fromVerdicts;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the summary as JSON")
    Path json;

    @Option(names = "--work", paramLabel = "DIR", description = "scratch directory for the batches (default: a temporary"
            + " one, in /dev/shm where there is one)")
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
        Bound b = checkUsage();
        if (missingVerdicts(e)) {
            return ExitCodes.NOINPUT;
        }
        long n = count != null ? count : exhaustive ? new defercheck.explore.ProgramSpace(b).size() : 1000;
        Path scratch = work != null ? work : scratchDirectory();
        Thread cleanup = cleanupOnStop(scratch);
        try {
            Implementation im;
            try {
                im = find(scratch);
            } catch (IOException ex) {
                e.println("defercheck oracle: " + ex.getMessage());
                return ExitCodes.NOINPUT;
            }
            int w = workers != null ? workers
                    : (im.name().equals("yaegi") ? 4 : 2) * Runtime.getRuntime().availableProcessors();
            int perBatch = batch != null ? batch : im.defaultBatch();
            // A worker goroutine of one program can outlive it and write into the next one's output in a reused
            // process, so a bound with goroutines runs each program in a process of its own.
            boolean oneEach = fresh || b.goroutines();
            Oracle oracle = new Oracle(new Oracle.Config(im, b, n, seed, exhaustive, perBatch, w, timeout, oneEach,
                    keep, scratch.resolve("run")));
            o.println("oracle: " + im.describe());
            o.println("checking " + n + " " + (exhaustive ? "programs in rank order" : "random programs (seed " + seed
                    + ")") + " of " + b.describe() + ", " + perBatch + " per batch, " + w + " workers, "
                    + (oneEach ? "one process per program" + (fresh ? "" : " (programs with goroutines)")
                    : "processes reused until a program ends one"));
            o.flush();
            if (measureLimit) {
                OracleSummaryText.printLimit(o, oracle.measureLimit());
                return 0;
            }
            return run(oracle, im, b, o, e);
        } finally {
            if (cleanup != null) {
                Runtime.getRuntime().removeShutdownHook(cleanup);
                Oracle.deleteTree(scratch);
            }
        }
    }

    /**
     * A temporary scratch directory is deleted by the finally of {@link #call()}, which a run stopped by a
     * signal skips: a shutdown hook deletes it then, or its batches would hold memory in /dev/shm.
     */
    private Thread cleanupOnStop(Path scratch) {
        if (work != null || keep) {
            return null;
        }
        Thread cleanup = new Thread(() -> deleteQuietly(scratch), "oracle-scratch");
        Runtime.getRuntime().addShutdownHook(cleanup);
        return cleanup;
    }

    private static void deleteQuietly(Path dir) {
        try {
            Oracle.deleteTree(dir);
        } catch (IOException | RuntimeException e) {
            // Best effort while the JVM stops: a process being killed may still hold a file.
        }
    }

    private boolean missingVerdicts(PrintWriter e) {
        if (fromVerdicts == null
                || (Files.isRegularFile(fromVerdicts) && Files.isRegularFile(Path.of(fromVerdicts + ".json")))) {
            return false;
        }
        e.println("defercheck oracle: --from-verdicts " + fromVerdicts + ": no such file, or no "
                + fromVerdicts.getFileName() + ".json beside it (--verdicts writes both)");
        return true;
    }

    /**
     * A temporary directory in /dev/shm where there is one: every batch writes a file per program and every
     * process two stream files, and on this machine's disk each costs tens of microseconds of kernel time more
     * than in memory.
     */
    private static Path scratchDirectory() throws IOException {
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            return Files.createTempDirectory(shm, "defercheck-oracle");
        }
        return Files.createTempDirectory("defercheck-oracle");
    }

    private Bound checkUsage() {
        if (!Adapters.NAMES.contains(impl)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--impl " + impl + ": want one of " + Adapters.NAMES);
        }
        if (goBin != null && (!impl.equals("gc") || bin != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--go-bin is gc's --bin: give it alone, with --impl gc (the default)");
        }
        if ((verdicts != null || fromVerdicts != null) && !exhaustive) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--verdicts and --from-verdicts need --exhaustive");
        }
        if ((count != null && count < 0) || (batch != null && batch < 1) || timeout < 1 || (workers != null && workers < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--count must be >= 0, --batch, --timeout and --workers >= 1");
        }
        try {
            return Bound.named(bound);
        } catch (IllegalArgumentException ex) {
            throw new CommandLine.ParameterException(spec.commandLine(), ex.getMessage());
        }
    }

    private Implementation find(Path scratch) throws IOException, InterruptedException {
        Path given = goBin != null ? goBin : bin;
        String option = goBin != null ? "--go-bin " : "--bin ";
        if (given != null && !Files.isExecutable(given)) {
            throw new IOException(option + given + ": no such executable");
        }
        try {
            return Adapters.find(impl, given, lang, scratch);
        } catch (IOException ex) {
            throw new IOException((given != null ? option + given + " is not a usable " + impl + ": " : "")
                    + ex.getMessage(), ex);
        }
    }

    private int run(Oracle oracle, Implementation im, Bound b, PrintWriter o, PrintWriter e)
            throws IOException, InterruptedException {
        Path dir = outDirectory(b).resolve(im.name() + "-" + im.version());
        if (fromVerdicts != null) {
            return fromVerdicts(oracle, im, b, dir, o);
        }
        Causes causes = new Causes(oracle, b, exhaustive);
        Oracle.deleteTree(dir.resolve("cases"));
        Oracle.Summary s;
        try {
            s = oracle.run(reporter(causes, im, b, dir, o, e));
        } catch (IOException ex) {
            e.println("defercheck oracle: " + ex.getMessage());
            return 70;
        }
        OracleSummaryText.printSummary(o, im, s);
        if (verdicts != null) {
            causes.saveVerdicts(verdicts);
            Map<String, Object> saved = new LinkedHashMap<>();
            saved.put("command", commandLine());
            saved.put("summary", s);
            JSON.writeValue(Path.of(verdicts + ".json").toFile(), saved);
        }
        List<Causes.Cause> found = List.of();
        if (!noReduce) {
            if (s.unexplained() > 0) {
                o.println("reducing " + s.unexplained() + " semantic disagreement(s) to minimal programs ...");
                o.flush();
                found = causes.reduce();
            }
            ImplTraces.writeAll(dir, oracle, im, b, s, found, commandLine());
            new OracleReport(o).print(dir);
        }
        if (json != null) {
            writeJson(im, b, s, found);
        }
        o.flush();
        return s.unexplained() == 0 ? 0 : 1;
    }

    /**
     * --out, else traces/impl for a run of a whole bound in rank order (the record of an implementation that
     * ImplRegressionTest holds it to) and the ignored traces/found/impl for any other.
     */
    private Path outDirectory(Bound b) {
        if (out != null) {
            return out;
        }
        boolean whole = exhaustive && (count == null || count >= new defercheck.explore.ProgramSpace(b).size());
        return Path.of(whole ? "traces/impl" : "traces/found/impl");
    }

    /** Sees every case: feeds the causes, says how far the run is, saves the cases asked for. */
    private java.util.function.Consumer<CaseResult> reporter(Causes causes, Implementation im, Bound b, Path dir,
                                                            PrintWriter o, PrintWriter e) {
        long[] seen = {0, 0};
        long start = System.nanoTime();
        return r -> {
            causes.see(r);
            seen[0]++;
            seen[1] += r.unexplained() ? 1 : 0;
            if (seen[0] % 10_000 == 0) {
                e.printf("oracle: %,d programs checked, %,d semantic disagreement(s), %.0f s%n", seen[0], seen[1],
                        (System.nanoTime() - start) / 1e9);
                e.flush();
            }
            if (r.agrees() || r.agreesThroughQuirks() || (r.unexplained() && !cases)) {
                return;
            }
            try {
                Path f = OracleTraces.write(dir.resolve("cases"), im, b.name(), r);
                String what = r.unexplained() ? "semantic disagreement" : r.knownBug() != null ? "known bug "
                        + r.knownBug().label() + " (" + r.knownBug().versions() + ")"
                        : "batch-only (the program run alone agrees with the model)";
                o.println(what + " on rank " + r.rank() + ": " + String.join(", ", r.differs()) + "; case " + f);
                o.flush();
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        };
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private int fromVerdicts(Oracle oracle, Implementation im, Bound b, Path dir, PrintWriter o)
            throws IOException, InterruptedException {
        com.fasterxml.jackson.databind.JsonNode saved = JSON.readTree(Path.of(fromVerdicts + ".json").toFile());
        Oracle.Summary s = JSON.treeToValue(saved.path("summary"), Oracle.Summary.class);
        Causes causes = Causes.fromVerdicts(oracle, b, fromVerdicts);
        OracleSummaryText.printSummary(o, im, s);
        o.println("reducing " + causes.disagreements() + " semantic disagreement(s) of " + fromVerdicts + " ...");
        o.flush();
        List<Causes.Cause> found = causes.reduce();
        ImplTraces.writeAll(dir, oracle, im, b, s, found, saved.path("command").asText());
        new OracleReport(o).print(dir);
        return s.unexplained() == 0 ? 0 : 1;
    }

    /** The command as given, for the record a run leaves. */
    private String commandLine() {
        return "defercheck " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    private void writeJson(Implementation im, Bound b, Oracle.Summary s, List<Causes.Cause> found) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("impl", im.name());
        m.put("version", im.version());
        m.put("go", "go" + im.language());
        m.put("bound", b.name());
        m.put("order", exhaustive ? "rank" : "random");
        m.put("seed", seed);
        m.put("programs", s.programs());
        m.put("agreements", s.agreements());
        m.put("quirks", s.quirks());
        m.put("by_quirk", s.byQuirk());
        m.put("batch_only", s.batchOnly());
        m.put("known_bugs", s.knownBugs());
        m.put("by_bug", s.byBug());
        m.put("unexplained", s.unexplained());
        m.put("causes", found.size());
        m.put("millis", s.millis());
        m.put("build_millis", s.buildMillis());
        m.put("run_millis", s.runMillis());
        m.put("check_millis", s.checkMillis());
        m.put("jvm_cpu_millis", s.jvmCpuMillis());
        m.put("batches", s.batches());
        m.put("processes", s.processes());
        m.put("cpu_millis", s.cpuMillis());
        m.put("programs_per_second", Math.round(s.programsPerSecond() * 10) / 10.0);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), m);
    }

}

package defercheck.cli;

import defercheck.coreprogram.CoreProgram;
import defercheck.explore.Bound;
import defercheck.explore.Checkpoint;
import defercheck.explore.CheckpointKey;
import defercheck.explore.Engine;
import defercheck.explore.Explorer;
import defercheck.explore.FastEngineBug;
import defercheck.explore.MachineSuite;
import defercheck.explore.ProgramCheck;
import defercheck.explore.ProgramSpace;
import defercheck.explore.Progress;
import defercheck.explore.Summary;
import defercheck.reduce.Reducer;
import defercheck.runtime.Mutant;
import defercheck.runtime.Mutants;
import defercheck.trace.CounterexampleWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code defercheck explore}: every program of a bound on every machine of a Go version, compared. */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = {"Run every program of a bounded space on every machine of a Go version and compare observables.",
                "Exit 0: all machines agree; 1: a counterexample (written as a trace under --out)."})
final class ExploreCommand implements Callable<Integer> {

    @Mixin
    BoundOptions bounds = new BoundOptions();

    @Mixin
    GoVersionOption go = new GoVersionOption();

    @Option(names = "--mutant", paramLabel = "ID", description = "check this mutant against the abstract semantics")
    String mutant;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: available processors)")
    Integer threads;

    @Option(names = "--engine", paramLabel = "E", defaultValue = "fast",
            description = "fast (int-array machines; a disagreement is re-run on the reference machines) or reference"
                    + " (the model's object machines); a mutant always runs on the reference engine"
                    + " (default: ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--shard", paramLabel = "I/N", description = "check only the I-th of N equal rank ranges (1-based)")
    String shard;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "resume from and keep writing this checkpoint")
    Path checkpoint;

    @Option(names = "--json", paramLabel = "FILE", description = "write the summary as JSON")
    Path json;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "traces/found",
            description = "where counterexample traces go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--all", description = "keep going after the first counterexample and count them all")
    boolean all;

    @Option(names = "--random", paramLabel = "N", description = "check N random programs of the bound instead")
    Long random;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed for --random")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return checked(o, err);
        } catch (OutputFiles.CannotCreate c) {
            err.println("defercheck explore: " + c.getMessage());
            return Main.EX_CANTCREAT;
        } catch (Checkpoint.Mismatch c) {
            err.println("defercheck explore: --checkpoint " + c.getMessage());
            return Main.EX_USAGE;
        }
    }

    private int checked(PrintWriter o, PrintWriter err) throws IOException {
        Bound bound;
        Mutant m;
        try {
            bound = bounds.resolve();
            m = mutant == null ? null : Mutants.byId(mutant);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        MachineSuite suite;
        Engine e;
        try {
            suite = new MachineSuite(go.version(), m);
            e = Engine.byId(engine).effective(suite);
        } catch (IllegalArgumentException ex) {
            throw new CommandLine.ParameterException(spec.commandLine(), ex.getMessage());
        }
        try {
            return explore(o, bound, suite, e, m);
        } catch (FastEngineBug bug) {
            return reportFastEngineBug(err, bug);
        }
    }

    /** Loud and non-zero: results of an engine known to be wrong must not pass as a clean run. */
    static int reportFastEngineBug(PrintWriter err, FastEngineBug bug) {
        err.println("defercheck: FAST ENGINE BUG: " + bug.getMessage()
                + "(re-run with --engine reference to check this bound without the fast engine; please report it)");
        err.flush();
        return Main.EX_SOFTWARE;
    }

    private int explore(PrintWriter o, Bound bound, MachineSuite suite, Engine e, Mutant m) throws IOException {
        long[] range;
        ProgramSpace space = new ProgramSpace(bound);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be positive");
        }
        if (random != null && random < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--random must be at least 1");
        }
        OutputFiles.checkWritable(checkpoint, "--checkpoint");
        OutputFiles.checkWritable(json, "--json");
        if (random != null) {
            return randomMode(o, bound, space, suite, e);
        }
        range = Shards.range(spec.commandLine(), shard, space.size());
        o.println("exploring " + bound.describe() + ": " + space.size() + " programs"
                + (shard == null ? "" : ", shard " + shard + " = ranks [" + range[0] + ", " + range[1] + ")")
                + ", Go " + go.version() + (m == null ? "" : ", mutant " + m.id()) + ", " + n + " thread(s), " + e.id()
                + " engine");
        var names = suite.names();
        Progress progress = System.console() != null ? new TerminalProgress(spec.commandLine().getErr()) : Progress.NONE;
        CheckpointKey key = new CheckpointKey(bound.name() + "/go" + go.version() + "/" + (m == null ? "-" : m.id())
                + "/" + range[0] + "-" + range[1] + "/" + (all ? "all" : "first"), e);
        Explorer explorer = new Explorer(bound, () -> e.check(suite), n, !all);
        Summary s = explorer.run(range[0], range[1], checkpoint, key, progress, names);
        s = new Summary(s.bound(), go.version().toString(), s.machines(), s.from(), s.to(), s.programs(),
                s.divergences(), s.firstDivergence(), s.elapsedMs());
        report(o, s);
        if (explorer.schedules() > 0) {
            o.printf("schedules: %d over the programs with goroutines, each compared as a set of outcomes per machine%n",
                    explorer.schedules());
        }
        if (s.firstDivergence() >= 0) {
            Path file = CounterexampleWriter.write(out, bound.name(), s.firstDivergence(),
                    space.program(s.firstDivergence()), suite);
            o.println("smallest counterexample: rank " + s.firstDivergence() + ", trace " + file);
            o.print(defercheck.coreprogram.GoPrinter.print(space.program(s.firstDivergence())));
        }
        writeJson(s);
        o.flush();
        return s.divergences() == 0 ? 0 : 1;
    }

    private int randomMode(PrintWriter o, Bound bound, ProgramSpace space, MachineSuite suite, Engine e)
            throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        ProgramCheck check = e.check(suite);
        long start = System.currentTimeMillis();
        o.println("checking " + random + " random programs of " + bound.describe() + ", seed " + seed + ", Go "
                + go.version() + ", " + e.id() + " engine");
        for (long i = 0; i < random; i++) {
            long rank = rnd.nextLong(space.size());
            CoreProgram p = space.program(rank);
            if (!check.agrees(p)) {
                CoreProgram small = Reducer.reduce(p, q -> !check.agrees(q));
                Path file = CounterexampleWriter.write(out, bound.name() + "-random", rank, small, suite);
                o.println("counterexample after " + (i + 1) + " programs (rank " + rank + "), reduced; trace " + file);
                o.print(defercheck.coreprogram.GoPrinter.print(small));
                writeJson(new Summary(bound.name(), go.version().toString(), suite.names(),
                        0, space.size(), i + 1, 1, rank, System.currentTimeMillis() - start));
                return 1;
            }
        }
        Summary s = new Summary(bound.name(), go.version().toString(), suite.names(),
                0, space.size(), random, 0, -1, System.currentTimeMillis() - start);
        report(o, s);
        writeJson(s);
        return 0;
    }

    private static void report(PrintWriter o, Summary s) {
        o.printf("%s, Go %s: %d programs on %d machines (%s), %d divergence(s), %.1f s, %d programs/s%n",
                s.bound(), s.go(), s.programs(), s.machines().size(), String.join(", ", s.machines()), s.divergences(),
                s.elapsedMs() / 1000.0, Math.round(s.programsPerSecond()));
    }

    private void writeJson(Summary s) throws IOException {
        if (json != null) {
            Path parent = json.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(json, s.toJson(), StandardCharsets.UTF_8);
        }
    }
}

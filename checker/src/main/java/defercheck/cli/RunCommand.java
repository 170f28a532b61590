package defercheck.cli;

import defercheck.Compilation;
import defercheck.ir.Program;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.Machines;
import defercheck.runtime.Mutant;
import defercheck.runtime.Mutants;
import defercheck.runtime.RuntimeMachine;
import defercheck.runtime.Strategy;
import defercheck.semantics.Limits;
import defercheck.semantics.Machine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.source.Diagnostic;
import defercheck.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code defercheck run}: behaves like the compiled Go binary, optionally narrating every step. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a Go program on the model: stdout, stderr and exit code as the real binary gives them.",
                "stdout is the program's alone, byte for byte, whatever the options: the trace (--trace) and the"
                        + " cost report (--cost) go to stderr, after the program's own stderr for --cost.",
                "Exit codes: the program's own (0, 2 for a crash, the os.Exit code), also with --strategy all when"
                        + " the machines agree; 70 when they differ; 71 when the outcome depends on the schedule, a"
                        + " select's pick or a map's order (the distinct outcomes are listed); 64 usage; 65 for a program outside the subset or"
                        + " with compile errors; 66 missing file; 124 when the step budget runs out."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.go", description = "the Go program (package main, one file)")
    Path file;

    @Mixin
    GoVersionOption go = new GoVersionOption();

    @Option(names = "--trace", arity = "0..1", paramLabel = "VIEW", preprocessor = AttachedValueOnly.class,
            description = "narrate every step on stderr: position, event, frames with their variables and pending"
                    + " deferred calls, panics. --trace (or --trace=semantics) narrates the semantics of"
                    + " docs/semantics.md; --trace=runtime the runtime's own state (g._defer, deferBits, the pool)"
                    + " on the real compiler's machine or the --strategy/--mutant one")
    TraceView trace;

    /** What --trace narrates. */
    enum TraceView { semantics, runtime }

    /** Only {@code --trace=VIEW} gives a view: a bare {@code --trace FILE.go} leaves the file to the positional. */
    static final class AttachedValueOnly implements CommandLine.IParameterPreprocessor {
        @Override
        public boolean preprocess(java.util.Stack<String> args, CommandLine.Model.CommandSpec commandSpec,
                                  CommandLine.Model.ArgSpec argSpec, java.util.Map<String, Object> info) {
            if (" ".equals(info.get("separator"))) {
                args.push(TraceView.semantics.name());
            }
            return false;
        }
    }

    @Option(names = "--strategy", paramLabel = "S",
            description = "abstract, heap, stack, open, panicloop, or all (compare them; exit 70 on any difference);"
                    + " default: the real compiler's combination for --go")
    String strategy;

    @Option(names = "--mutant", paramLabel = "ID", description = "build the mutant's machine in (see 'defercheck mutants')")
    String mutant;

    @Option(names = "--cost", description = "after the run, print each machine's cost on stderr: records, bits, runtime calls")
    boolean cost;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "50000000",
            description = "step budget; past it the run stops with exit 124 (default: ${DEFAULT-VALUE})")
    long maxSteps;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "100000",
            description = "Go stack depth that counts as Go's 1 GB stack overflow (default: ${DEFAULT-VALUE})")
    int maxDepth;

    @Option(names = "--export-tla", paramLabel = "FILE",
            description = "also write the run as a TLA+ module TLC checks (FILE.tla and FILE.cfg): a core-calculus"
                    + " program as a trace of the strategy's spec, any other as a straight-line GoDefer program")
    Path exportTla;

    @Option(names = "--schedules", paramLabel = "all",
            description = "all: run every schedule of the goroutines (at each synchronisation point: go, channel"
                    + " operations, select, locks, WaitGroup, Gosched, Sleep, a goroutine blocking or ending, each"
                    + " write to stdout or stderr), every pick of a select with several ready cases and every order"
                    + " of a map range; print the number of schedules and each distinct outcome with a count and an"
                    + " example --schedule")
    String schedules;

    @Option(names = "--max-schedules", paramLabel = "N", defaultValue = "10000",
            description = "bound on the runs of --schedules all and of the default run's map orders; the summary"
                    + " says when it cut the search short (default: ${DEFAULT-VALUE})")
    long maxSchedules;

    @Option(names = "--schedule", paramLabel = "CHOICES",
            description = "run the one schedule a choice string names (as --schedules all prints them: g2.s1.m0;"
                    + " - for the default)")
    String schedule;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxSteps <= 0 || maxDepth <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-steps and --max-depth must be positive");
        }
        ProgramInput input = ProgramInput.load(file, go.version(), err);
        if (!input.ok()) {
            return input.exitCode();
        }
        SourceFile source = input.source();
        Compilation c = input.compilation();
        Limits limits = new Limits(maxSteps, maxDepth);
        Mutant m = mutant == null ? null : mutantOrUsage(mutant);
        if (exportTla != null) {
            Integer failed = exportTla(c.program(), source.text(), m, err);
            if (failed != null) {
                return failed;
            }
        }
        checkScheduleOptions();
        if ("all".equals(strategy)) {
            if (trace != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--trace narrates one machine's run;"
                        + " --strategy all compares them (see 'defercheck trace diff')");
            }
            return MachineSelection.compareAll(c.program(), go.version(), limits, m, cost, out, err);
        }
        MachineConfig config = semanticsView(m) ? null : configOrUsage(c.program(), m);
        TracePrinter printer = trace == null ? null : new TracePrinter(err, source, c.program());
        if ("all".equals(schedules)) {
            return ScheduleRuns.all(() -> Machines.create(c.program(), go.version(), limits, config,
                    MachineListener.NONE), maxSchedules, out, err);
        }
        Machine machine = Machines.create(c.program(), go.version(), limits, config,
                printer == null ? MachineListener.NONE : printer);
        ScheduleRuns.MapProbe probe = new ScheduleRuns.MapProbe();
        Outcome o;
        try {
            o = schedule != null ? ScheduleRuns.one(machine, schedule) : runProbed(machine, probe);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (printer != null) {
            printer.ended(o);
        }
        if (schedule == null && probe.firstRange != null) {
            return ScheduleRuns.mapOrders(() -> Machines.create(c.program(), go.version(), limits, config,
                    MachineListener.NONE), probe, maxSchedules, out, err);
        }
        ByteWriter.writeBytes(out, o.stdout());
        out.flush();
        ByteWriter.writeBytes(err, o.stderr());
        if (cost && machine instanceof RuntimeMachine rm) {
            err.println("== cost (" + rm.name() + "): " + rm.cost().render());
        }
        err.flush();
        return o.exitCode();
    }

    private static Outcome runProbed(Machine machine, ScheduleRuns.MapProbe probe) {
        machine.choices(probe);
        return machine.run();
    }

    /** --schedules all and --schedule each answer for the run alone: not with a comparison, a trace or an export. */
    private void checkScheduleOptions() {
        if (maxSchedules <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-schedules must be positive");
        }
        if (schedules != null && !"all".equals(schedules)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--schedules: want all (the default run"
                    + " is one schedule; --schedule CHOICES names another)");
        }
        if (schedules != null && (schedule != null || trace != null || cost || exportTla != null
                || "all".equals(strategy))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--schedules all explores runs; it does"
                    + " not combine with --schedule, --trace, --cost, --export-tla or --strategy all (record one"
                    + " schedule with 'defercheck trace record --schedule CHOICES')");
        }
        if (schedule != null && "all".equals(strategy)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--schedule runs one machine;"
                    + " --strategy all compares them");
        }
    }

    /**
     * Whether the run is the abstract semantics': asked for by name, or by a --trace that wants the semantics'
     * narration and no particular machine. A learner starts there; --trace=runtime shows the runtime's view.
     */
    private boolean semanticsView(Mutant m) {
        if (trace == TraceView.runtime && "abstract".equals(strategy)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--trace=runtime needs a runtime machine;"
                    + " --strategy abstract has none (drop --strategy for the real compiler's)");
        }
        if (m != null) {
            return false;
        }
        return "abstract".equals(strategy) || strategy == null && trace == TraceView.semantics;
    }

    /** Writes the --export-tla module; null when it was written, else the exit code. */
    private Integer exportTla(Program p, String text, Mutant m, PrintWriter err) {
        if ("all".equals(strategy)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--export-tla exports one machine's run;"
                    + " --strategy all compares them");
        }
        MachineConfig machine = "abstract".equals(strategy) && m == null ? null : configOrUsage(p, m);
        try {
            RunTlaExport.Written w = RunTlaExport.write(p, text, strategy, m != null, machine, go.version(),
                    exportTla);
            err.println("defercheck: wrote " + w.tla() + "; " + w.expectation());
            err.println("defercheck: run TLC on it: " + TlcByHand.command(w.tla(), Path.of("spec")));
            return null;
        } catch (defercheck.straightline.StraightLineExport.Refused | IllegalArgumentException e) {
            err.println("defercheck: " + file + ": --export-tla: " + e.getMessage());
            return Main.EX_DATAERR;
        } catch (IOException e) {
            err.println("defercheck: " + exportTla + ": " + e.getMessage());
            return Main.EX_CANTCREAT;
        }
    }

    private Mutant mutantOrUsage(String id) {
        try {
            return Mutants.byId(id);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * A forced machine still runs under another version's language rules, but its runtime is not that
     * version's: say so, on stderr, before the program's own output.
     */
    private void warnOutsideVersions(Strategy s) {
        if (!s.applicable(go.version())) {
            spec.commandLine().getErr().println("defercheck: warning: the " + s.id() + " machine stands for Go "
                    + s.versions() + "; this run uses Go " + go.version() + "'s language rules on a runtime Go "
                    + go.version() + " does not have");
        }
    }

    /** The forced strategy, the mutant's machine, or (by default) the real toolchain's combination. */
    private MachineConfig configOrUsage(Program program, Mutant m) {
        if (m != null) {
            return m.config();
        }
        if (strategy == null) {
            return Strategy.real(program, go.version());
        }
        try {
            Strategy s = Strategy.byId(strategy);
            MachineConfig forced = s.forced();
            if (forced == null) {
                throw new IllegalArgumentException("no machine for " + strategy);
            }
            warnOutsideVersions(s);
            return forced;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--strategy: " + e.getMessage()
                    + " (want abstract, heap, stack, open, panicloop or all)");
        }
    }
}

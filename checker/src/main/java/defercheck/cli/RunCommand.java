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
                "Exit codes: the program's own; 65 for a program outside the subset or with compile errors;"
                        + " 124 when the step budget runs out."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.go", description = "the Go program (package main, one file)")
    Path file;

    @Mixin
    GoVersionOption go = new GoVersionOption();

    @Option(names = "--trace", description = "print every step: position, event, frames with pending defers, panics")
    boolean trace;

    @Option(names = "--strategy", paramLabel = "S",
            description = "abstract, heap, stack, open, panicloop, or all (compare them; exit 70 on any difference);"
                    + " default: the real compiler's combination for --go")
    String strategy;

    @Option(names = "--mutant", paramLabel = "ID", description = "build the mutant's machine in (see 'defercheck mutants')")
    String mutant;

    @Option(names = "--cost", description = "after the run, print each machine's cost: records, bits, runtime calls")
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
        if ("all".equals(strategy)) {
            return MachineSelection.compareAll(c.program(), go.version(), limits, m, cost, out);
        }
        MachineConfig config = "abstract".equals(strategy) && m == null ? null : configOrUsage(c.program(), m);
        MachineListener listener = trace ? new TracePrinter(out, source) : MachineListener.NONE;
        Machine machine = Machines.create(c.program(), go.version(), limits, config, listener);
        Outcome o = machine.run();
        if (cost && machine instanceof RuntimeMachine rm) {
            out.print(o.stdout());
            err.print(o.stderr());
            out.println("== cost (" + rm.name() + "): " + rm.cost().render());
            out.flush();
            err.flush();
            return o.exitCode();
        }
        if (trace) {
            out.println("== exit code " + o.exitCode());
        } else {
            out.print(o.stdout());
            err.print(o.stderr());
        }
        out.flush();
        err.flush();
        return o.exitCode();
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

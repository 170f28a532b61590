package defercheck.cli;

import defercheck.trace.Colors;
import defercheck.trace.TerminalView;
import defercheck.trace.Trace;
import defercheck.trace.TraceMachine;
import defercheck.trace.TraceReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code defercheck trace show FILE [--machine M] [--step N]}. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show each step of a trace: the source line with a caret, the event, and the state panel.")
final class TraceShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--machine", paramLabel = "M", description = "only this machine (default: all)")
    String machine;

    @Option(names = "--step", paramLabel = "N", description = "only step N: of --machine M, or of the reference"
            + " machine, with each other machine's step aligned with it on observable events (as trace diff aligns)")
    Integer step;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "always, never or auto (default)")
    String color;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Trace t;
        try {
            t = TraceReader.read(file);
            checkStep(t);
            TerminalView v = new TerminalView(t, Colors.of(color), out);
            v.header();
            if (machine != null) {
                v.machine(t.machine(machine), step);
            } else if (step != null) {
                v.aligned(t.machines().get(0), step);
            } else {
                t.machines().forEach(m -> v.machine(m, step));
            }
        } catch (IllegalArgumentException | java.io.IOException e) {
            spec.commandLine().getErr().println("trace show: " + e.getMessage());
            return TraceCommand.failure(e);
        }
        out.flush();
        return 0;
    }

    /** A step number that no machine of the trace has is a usage error, not an empty listing. */
    private void checkStep(Trace t) {
        if (step == null) {
            return;
        }
        TraceMachine m = machine != null ? t.machine(machine) : t.machines().get(0);
        int steps = m.steps().size();
        if (step < 0 || step >= steps) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--step " + step + ": the trace's "
                    + m.name() + " machine has steps 0 to " + (steps - 1));
        }
    }
}

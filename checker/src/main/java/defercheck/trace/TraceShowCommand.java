package defercheck.trace;

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

    @Option(names = "--step", paramLabel = "N", description = "only step N")
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
            TerminalView v = new TerminalView(t, Colors.of(color), out);
            v.header();
            if (machine != null) {
                v.machine(t.machine(machine), step);
            } else {
                t.machines().forEach(m -> v.machine(m, step));
            }
        } catch (IllegalArgumentException | java.io.IOException e) {
            spec.commandLine().getErr().println("trace show: " + e.getMessage());
            return TraceCommand.EX_DATAERR;
        }
        out.flush();
        return 0;
    }
}

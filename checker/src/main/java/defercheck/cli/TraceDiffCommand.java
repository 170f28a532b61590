package defercheck.cli;

import defercheck.trace.Colors;
import defercheck.trace.SideBySide;
import defercheck.trace.Trace;
import defercheck.trace.TraceMachine;
import defercheck.trace.TraceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code defercheck trace diff FILE [--machines A,B]} or {@code trace diff FILE1 FILE2}. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Two machines side by side, aligned on observable events, with the first divergence marked.",
                "Exit 0 when they agree on every observable, 1 when they diverge."})
final class TraceDiffCommand implements Callable<Integer> {
    @Parameters(arity = "1..2", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--machines", split = ",", paramLabel = "A,B",
            description = "the two machines (default: the divergence's reference and machine, else the first two)")
    List<String> machines;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "always, never or auto (default)")
    String color;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (machines != null && machines.size() != 2) {
                throw new IllegalArgumentException("--machines takes two names, e.g. abstract,heap");
            }
            Trace t1 = TraceReader.read(files.get(0));
            Trace t2 = files.size() > 1 ? TraceReader.read(files.get(1)) : t1;
            TraceMachine a;
            TraceMachine b;
            if (machines != null) {
                a = t1.machine(machines.get(0));
                b = t2.machine(machines.get(1));
            } else if (files.size() > 1) {
                a = featured(t1);
                b = featured(t2);
            } else {
                a = t1.divergence() != null ? t1.machine(t1.divergence().reference()) : t1.machines().get(0);
                b = t1.divergence() != null ? t1.machine(t1.divergence().machine())
                        : t1.machines().get(Math.min(1, t1.machines().size() - 1));
            }
            int first = new SideBySide(Colors.of(color), out).print(a, b);
            out.flush();
            return first < 0 ? 0 : 1;
        } catch (IllegalArgumentException | IOException e) {
            spec.commandLine().getErr().println("trace diff: " + e.getMessage());
            return TraceCommand.failure(e);
        }
    }

    /** The machine a file is about: the divergent one, else the last (the real combination). */
    private static TraceMachine featured(Trace t) {
        return t.divergence() != null ? t.machine(t.divergence().machine()) : t.machines().get(t.machines().size() - 1);
    }
}

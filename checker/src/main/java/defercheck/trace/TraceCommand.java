package defercheck.trace;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code defercheck trace show|diff|export|record}: look at a trace file in a terminal, a browser or TLA+ tools. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Inspect trace files: show steps, diff two machines, export to ITF, TLA+ or HTML.",
        subcommands = {TraceShowCommand.class, TraceDiffCommand.class, TraceExportCommand.class,
                TraceRecordCommand.class})
public final class TraceCommand implements Callable<Integer> {
    /** Bad input file, as sysexits(3) EX_DATAERR (Main.EX_DATAERR; cli depends on this package, not back). */
    static final int EX_DATAERR = 65;
    static final int EX_USAGE = 64;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EX_USAGE;
    }
}

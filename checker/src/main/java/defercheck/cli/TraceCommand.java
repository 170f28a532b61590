package defercheck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code defercheck trace show|diff|export|record}: look at a trace file in a terminal, a browser or TLA+ tools. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Inspect trace files: show steps, diff two machines, export to ITF, TLA+ or HTML.",
        subcommands = {TraceShowCommand.class, TraceDiffCommand.class, TraceExportCommand.class,
                TraceRecordCommand.class, TraceRefreshCommand.class})
public final class TraceCommand implements Callable<Integer> {
    static final int EX_DATAERR = ExitCodes.DATAERR;
    static final int EX_USAGE = ExitCodes.USAGE;
    static final int EX_NOINPUT = ExitCodes.NOINPUT;

    /** The exit code for a trace that could not be read or used: missing (66) or bad (65). */
    static int failure(Exception e) {
        return e instanceof java.nio.file.NoSuchFileException ? EX_NOINPUT : EX_DATAERR;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EX_USAGE;
    }
}

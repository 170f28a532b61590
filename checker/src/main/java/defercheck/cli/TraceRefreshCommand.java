package defercheck.cli;

import defercheck.trace.TraceRefresh;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code defercheck trace refresh FILE...}: each file recorded again ({@link TraceRefresh}), one line per file
 * saying what happened; the first file that cannot be refreshed ends the command.
 */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Record machine traces again from their own program, Go version and mutant, keeping their"
                + " description (TLC counterexamples are left as they are).")
final class TraceRefreshCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "trace files (.trace.json)")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Path f : files) {
            try {
                out.println(f + ": " + TraceRefresh.refresh(f));
            } catch (IllegalArgumentException | IOException e) {
                spec.commandLine().getErr().println("trace refresh: " + e.getMessage());
                return TraceCommand.failure(e);
            }
        }
        out.flush();
        return 0;
    }
}

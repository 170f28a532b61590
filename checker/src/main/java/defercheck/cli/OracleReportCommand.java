package defercheck.cli;

import defercheck.oracle.OracleReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code defercheck oracle report DIR}: one line per cause of an implementation's disagreements. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print the run's totals and one line per cause saved by `defercheck oracle` in DIR (e.g."
                + " traces/impl/yaegi-0.14.3): how many programs reduced to it, its minimal program, and the two"
                + " outcomes.")
final class OracleReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            new OracleReport(spec.commandLine().getOut()).print(dir);
            return 0;
        } catch (java.nio.file.NoSuchFileException e) {
            spec.commandLine().getErr().println("oracle report: " + e.getFile() + ": no such directory");
            return ExitCodes.NOINPUT;
        } catch (IOException e) {
            spec.commandLine().getErr().println("oracle report: " + e.getMessage());
            return ExitCodes.NOINPUT;
        }
    }
}

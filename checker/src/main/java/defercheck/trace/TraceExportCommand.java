package defercheck.trace;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "export", mixinStandardHelpOptions = true)
final class TraceExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}

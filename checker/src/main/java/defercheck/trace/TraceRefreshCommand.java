package defercheck.trace;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code defercheck trace refresh FILE...}: records machine traces again from the program, Go version and mutant
 * they hold, keeping what they say about themselves (kind, description, bound, rank, core form). For when the
 * machines report more in traces than they did when a file was written; the observables cannot change that way,
 * and the command refuses a file whose machines now disagree with what it recorded as observable.
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
                out.println(f + ": " + refresh(f));
            } catch (IllegalArgumentException | IOException e) {
                spec.commandLine().getErr().println("trace refresh: " + e.getMessage());
                return TraceCommand.failure(e);
            }
        }
        out.flush();
        return 0;
    }

    private static String refresh(Path f) throws IOException {
        Trace t = TraceReader.read(f);
        if (t.tlc()) {
            return "a TLC counterexample, left as it is";
        }
        String json = TraceWriter.render(new TraceWriter.Origin(t.kind(), t.description(), t.bound(), t.rank(),
                t.core()), t.source(), Replay.compile(t.source(), Replay.suite(t).version()), Replay.suite(t));
        Trace again = TraceReader.parse(json, f + " recorded again");
        for (int i = 0; i < t.machines().size(); i++) {
            if (!t.machines().get(i).observables().equals(again.machines().get(i).observables())) {
                throw new IllegalArgumentException(f + ": machine " + t.machines().get(i).name() + " now gives"
                        + " other observables than the file recorded; record this program again instead");
            }
        }
        if (json.equals(Files.readString(f, StandardCharsets.UTF_8))) {
            return "unchanged";
        }
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return "recorded again";
    }
}

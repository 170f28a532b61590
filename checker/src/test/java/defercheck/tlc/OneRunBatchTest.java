package defercheck.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batches other tests rely on give each run the verdict its own module gets: a batch of three one-run
 * modules, one that passes, one whose expected outcome is wrong and one whose step bound is too small, is one
 * TLC run, and each of the three gets exactly the verdict TLC gives its module alone.
 */
class OneRunBatchTest {
    static final Path SPEC = Paths.get(System.getProperty("defercheck.spec.dir", "../spec"));
    static final Path TRACES = Paths.get("..", "traces", "examples");

    @Test
    void everyRunOfABatchGetsTheVerdictOfItsOwnModule(@TempDir Path dir) throws Exception {
        List<Path> modules = new ArrayList<>();
        modules.add(export(dir, "Good", "named-results.trace.json", "abstract"));
        Path wrong = export(dir, "WrongOutcome", "named-results.trace.json", "panicloop");
        replaceOnce(wrong, "outcome |-> [kind |-> \"exit\"", "outcome |-> [kind |-> \"crash\"");
        modules.add(wrong);
        Path tooFew = export(dir, "TooFewSteps", "nested-panic.trace.json", "abstract");
        String text = Files.readString(tooFew, StandardCharsets.UTF_8);
        Files.writeString(tooFew, text.replaceFirst("Terminates == steps <= \\d+", "Terminates == steps <= 2"));
        modules.add(tooFew);
        for (Path m : modules) {
            assertTrue(OneRunBatch.read(m).isPresent(), m + " reads back as a one-run module");
        }
        List<String> want = List.of("success", "invariant MatchesMachine violated", "invariant Terminates violated");
        try (TlcBatches tlc = new TlcBatches(SPEC, dir.resolve("batches"), 300)) {
            List<CompletableFuture<TlcBatches.Verdict>> verdicts = new ArrayList<>();
            for (Path m : modules) {
                verdicts.add(tlc.add(m.getFileName().toString(), m));
            }
            tlc.start();
            for (int k = 0; k < modules.size(); k++) {
                TlcBatches.Verdict inBatch = verdicts.get(k).get();
                assertEquals(want.get(k), inBatch.describe(), inBatch.how() + "\n" + inBatch.message());
                assertTrue(inBatch.how().startsWith("Batch1 (3 runs"), inBatch.how());
                assertEquals(want.get(k), tlc.confirm(modules.get(k)).describe(), "alone: " + modules.get(k));
            }
            assertEquals(1, tlc.tlcRuns(), "one TLC run for the batch");
        }
    }

    @Test
    void aModuleThatIsNotExactlyAOneRunModuleIsNotBatched(@TempDir Path dir) throws Exception {
        Path m = export(dir, "Edited", "named-results.trace.json", "abstract");
        replaceOnce(m, "ETNext == /\\", "ETNext == TRUE /\\ /\\");
        assertTrue(OneRunBatch.read(m).isEmpty());
    }

    private static Path export(Path dir, String name, String trace, String machine) {
        Path out = dir.resolve(name).resolve(name + ".tla");
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"trace", "export", "--format", "tla", "--machine", machine, "--out",
            out.toString(), "--spec-dir", SPEC.toString(), TRACES.resolve(trace).toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return out;
    }

    private static void replaceOnce(Path file, String from, String to) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.indexOf(from) >= 0 && text.indexOf(from) == text.lastIndexOf(from), from + " in " + file);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}

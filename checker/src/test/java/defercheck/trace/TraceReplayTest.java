package defercheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every committed trace replays: a machine trace is run again from its program source, Go version and
 * mutant, and every step (span, event, observable flag, state) must come out exactly as recorded. TLC
 * traces cannot be replayed from a program (TLC explored a model, not a Go file); they are checked for
 * shape instead: states numbered from 1, every state has the same variables, every state after the
 * first names its action.
 */
class TraceReplayTest {
    static final Path TRACES = Path.of("..", "traces");

    /** The committed traces: 4 claims, 6 examples, 12 mutant counterexamples, 4 TLC counterexamples. */
    static final int COMMITTED = 26;

    static List<Path> committed() throws IOException {
        try (Stream<Path> s = Files.walk(TRACES)) {
            // traces/impl holds what other Go implementations did, which no machine replays: ImplTracesTest's.
            return s.filter(p -> p.toString().endsWith(".json")).filter(p -> !p.toString().contains("/found/"))
                    .filter(p -> !p.toString().contains("/impl/")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCommittedTraceReplays() throws IOException {
        List<Path> files = committed();
        assertEquals(COMMITTED, files.size(), "committed traces under " + TRACES.toAbsolutePath() + ": " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(TRACES.relativize(f).toString(), () -> {
            Trace t = TraceReader.read(f);
            if (t.tlc()) {
                structurallyValid(t);
            } else {
                assertEquals(TraceWriter.SCHEMA, t.schema(), f + ": regenerate with the current writer");
                assertEquals(List.of(), Replay.differences(t), f + " does not replay");
            }
        }));
    }

    private static void structurallyValid(Trace t) {
        TraceMachine m = t.machines().get(0);
        assertFalse(m.steps().isEmpty());
        var names = m.steps().get(0).state().vars().keySet();
        assertFalse(names.isEmpty());
        for (Step s : m.steps()) {
            assertEquals(names, s.state().vars().keySet(), "state " + s.index() + " changes the variables");
            assertTrue(s.index() == 0 ? s.event().equals("Init") : !s.event().equals("Init"));
        }
    }
}

package defercheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.semantics.Limits;
import defercheck.semantics.Machine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.semantics.StderrNormalizer;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus program under every Go version its golden records: the model's stdout, normalized stderr
 * and exit code must equal what the real binary did.
 */
class CorpusTest {
    static final Path ROOT = Paths.get("src/test/resources/programs");

    static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
    }

    @Test
    void corpusIsLargeAndEveryProgramHasAGolden() throws IOException {
        List<Path> progs = programs();
        assertTrue(progs.size() >= 60, "the corpus has " + progs.size() + " programs, want at least 60");
        for (Path p : progs) {
            assertTrue(Files.exists(goldenOf(p)), "no golden for " + p + ": run regen-goldens.sh");
        }
    }

    @TestFactory
    List<DynamicTest> everyProgramMatchesRealGo() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : programs()) {
            Path g = goldenOf(p);
            if (!Files.exists(g)) {
                continue;
            }
            for (Map.Entry<String, Golden.Expected> e : Golden.read(g).byVersion().entrySet()) {
                String name = ROOT.relativize(p) + " @ go" + e.getKey();
                tests.add(DynamicTest.dynamicTest(name, () -> check(p, GoVersion.parse(e.getKey()), e.getValue())));
            }
        }
        assertFalse(tests.isEmpty(), "no corpus programs found under " + ROOT.toAbsolutePath());
        return tests;
    }

    static Path goldenOf(Path program) {
        String n = program.getFileName().toString();
        return program.resolveSibling(n.substring(0, n.length() - 3) + ".golden.json");
    }

    static void check(Path program, GoVersion version, Golden.Expected want) throws IOException {
        String text = Files.readString(program, StandardCharsets.UTF_8);
        Compilation c = Frontend.compile(new SourceFile("prog.go", text), version);
        assertTrue(c.ok(), () -> "does not compile on the model: " + c.diagnostics());
        Outcome o = new Machine(c.program(), version, Limits.DEFAULT, MachineListener.NONE).run();
        String got = "exit " + o.exitCode() + "\n--- stdout\n" + o.stdout() + "\n--- stderr\n"
                + StderrNormalizer.normalize(o.stderr());
        String expected = "exit " + want.exit() + "\n--- stdout\n" + want.stdout() + "\n--- stderr\n" + want.stderr();
        assertEquals(expected, got);
    }
}

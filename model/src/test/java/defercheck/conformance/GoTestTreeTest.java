package defercheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.semantics.Limits;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.semantics.StderrNormalizer;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import defercheck.toolchain.GoToolchain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go's own test programs (docs/semantics.md, "Go's own test files") that fit the subset, read unchanged
 * from each installed toolchain's test/ tree. The model must do what the real binary does, and what Go's
 * harness expects: the .out file's text where there is one, else no output and exit 0.
 */
class GoTestTreeTest {
    static final Path LIST = Paths.get("src/test/resources/go-test-files.txt");

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> goTestFilesBehaveAsTheRealBinary() throws IOException {
        List<GoToolchain> toolchains = GoToolchain.installed();
        Assumptions.assumeFalse(toolchains.isEmpty(),
                "skipped: no Go toolchain under /usr/lib/go-1.NN (.ci/install-go installs them)");
        List<DynamicTest> tests = new ArrayList<>();
        for (String rel : listedFiles()) {
            for (GoToolchain go : toolchains) {
                tests.add(DynamicTest.dynamicTest(rel + " @ go" + go.version(), () -> check(go, rel)));
            }
        }
        return tests;
    }

    static List<String> listedFiles() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(LIST)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t.split("\\s+")[0]);
            }
        }
        return out;
    }

    private void check(GoToolchain go, String rel) throws Exception {
        Path file = go.testDir().resolve(rel);
        Assumptions.assumeTrue(Files.exists(file), "skipped: " + file + " is not in this toolchain's tree");
        String source = Files.readString(file, StandardCharsets.UTF_8);
        GoVersion version = GoVersion.parse(go.version());
        Compilation c = Frontend.compile(new SourceFile(file.getFileName().toString(), source), version);
        assertTrue(c.ok(), () -> rel + " does not compile on the model: " + c.diagnostics());
        Outcome model = new AbstractMachine(c.program(), version, Limits.DEFAULT, MachineListener.NONE).run();
        GoToolchain.Run real = go.buildAndRun(source, work.resolve(go.version() + "-" + rel.replace('/', '_')));
        assertEquals(render(real.exit(), real.stdout(), real.stderr()),
                render(model.exitCode(), model.stdout(), model.stderr()), "model vs real go" + go.version());
        Path golden = file.resolveSibling(file.getFileName().toString().replaceAll("\\.go$", ".out"));
        String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
        assertEquals(expected, model.stdout() + model.stderr(), "Go's harness expectation");
        if (!Files.exists(golden)) {
            assertEquals(0, model.exitCode(), "Go's harness expects exit 0 without a .out file");
        }
    }

    private static String render(int exit, String stdout, String stderr) {
        return "exit " + exit + "\n--- stdout\n" + stdout + "\n--- stderr\n" + StderrNormalizer.normalize(stderr);
    }
}

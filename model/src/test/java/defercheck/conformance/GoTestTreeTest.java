package defercheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.Event;
import defercheck.semantics.Limits;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.semantics.StderrNormalizer;
import defercheck.source.ByteStrings;
import defercheck.source.Diagnostic;
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
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go's own runnable test files (GoTestTree: found by rule in each installed toolchain's test/ tree), unchanged.
 * Each is compiled by the model and either refused, with the reason, or run, and then it must do exactly what
 * the real binary does (exit code, stdout, stderr up to the goroutine dump) and meet Go's harness expectation
 * (its .out file, else no output). A file the model runs differently, or rejects while gc compiles it, is
 * WRONG and fails the test. The number that pass is pinned per toolchain in go-test-tree-pins.txt: it may
 * only grow, and the pin must be raised when it does.
 */
class GoTestTreeTest {
    static final Path PINS = Paths.get("src/test/resources/go-test-tree-pins.txt");

    /**
     * NOT_COMPARED: the real toolchain cannot build the file and its own harness expects that, so there is no
     * behaviour to pass or refuse; such a file counts in neither.
     */
    enum Kind { PASS, REFUSED, WRONG, NOT_COMPARED }

    record Verdict(String path, Kind kind, String detail) { }

    @TempDir
    Path work;

    @TestFactory
    List<DynamicNode> goTestFilesBehaveAsTheRealBinary() throws Exception {
        List<GoToolchain> toolchains = GoToolchain.installed();
        Assumptions.assumeFalse(toolchains.isEmpty(),
                "skipped: no Go toolchain under /usr/lib/go-1.NN (.ci/install-go installs them)");
        Map<String, Integer> pins = readPins();
        List<DynamicNode> out = new ArrayList<>();
        for (GoToolchain go : toolchains) {
            List<Verdict> verdicts = verdicts(go);
            List<DynamicNode> tests = new ArrayList<>();
            for (Verdict v : verdicts) {
                tests.add(DynamicTest.dynamicTest(v.path() + " " + v.kind(),
                        () -> assertNotEquals(Kind.WRONG, v.kind(), v.path() + " @ go" + go.version() + ": " + v.detail())));
            }
            tests.add(DynamicTest.dynamicTest("pass count pinned", () -> checkPin(go, verdicts, pins)));
            out.add(DynamicContainer.dynamicContainer("go" + go.version(), tests));
        }
        return out;
    }

    private void checkPin(GoToolchain go, List<Verdict> verdicts, Map<String, Integer> pins) throws IOException {
        long pass = verdicts.stream().filter(v -> v.kind() == Kind.PASS).count();
        long refused = verdicts.stream().filter(v -> v.kind() == Kind.REFUSED).count();
        long wrong = verdicts.stream().filter(v -> v.kind() == Kind.WRONG).count();
        long notCompared = verdicts.stream().filter(v -> v.kind() == Kind.NOT_COMPARED).count();
        String summary = "GoTestTreeTest go" + go.version() + ": " + verdicts.size() + " files, " + pass + " pass, "
                + refused + " refused, " + wrong + " WRONG"
                + (notCompared == 0 ? "" : ", " + notCompared + " not compared (gc cannot build them)");
        System.out.println(summary);
        writeReport(go, verdicts, summary);
        int pin = pins.getOrDefault(go.version(), 0);
        assertEquals(pin, pass, summary + "; the pin in " + PINS + " says " + pin
                + (pass > pin ? ": raise it" : ": fewer pass than before"));
    }

    /** target/go-test-tree-1.NN.txt: every file with its verdict and, for a refusal, the reason. */
    private static void writeReport(GoToolchain go, List<Verdict> verdicts, String summary) throws IOException {
        StringBuilder sb = new StringBuilder(summary).append('\n');
        Map<String, Integer> reasons = new TreeMap<>();
        for (Verdict v : verdicts) {
            sb.append(v.kind()).append(' ').append(v.path()).append(v.detail().isEmpty() ? "" : ": " + v.detail())
                    .append('\n');
            if (v.kind() == Kind.REFUSED) {
                reasons.merge(v.detail().replaceAll("^\\S+:\\d+:\\d+: ", ""), 1, Integer::sum);
            }
        }
        sb.append("\nrefusals by reason:\n");
        reasons.forEach((r, n) -> sb.append(String.format("%4d  %s%n", n, r)));
        Files.createDirectories(Paths.get("target"));
        Files.writeString(Paths.get("target", "go-test-tree-" + go.version() + ".txt"), sb.toString());
    }

    private List<Verdict> verdicts(GoToolchain go) throws Exception {
        GoVersion version = GoVersion.parse(go.version());
        List<Verdict> verdicts = new ArrayList<>();
        List<GoTestTree.Entry> toRun = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Verdict> refusals = new TreeMap<>();
        java.util.Set<String> expectedFailures = GoTestTree.expectedFailures(go.testDir());
        for (GoTestTree.Entry e : GoTestTree.discover(go.testDir(), go.minor())) {
            if (!e.runArgs().isEmpty()) {
                verdicts.add(new Verdict(e.path(), Kind.REFUSED, "runs with arguments " + String.join(" ", e.runArgs())));
                continue;
            }
            String source = Files.readString(go.testDir().resolve(e.path()), StandardCharsets.UTF_8);
            Compilation c = Frontend.compile(new SourceFile(Paths.get(e.path()).getFileName().toString(), source), version);
            if (!c.ok() && expectedFailures.contains(e.path())) {
                // Built anyway: compare() says whether the toolchain really cannot build it.
                toRun.add(e);
                outcomes.add(null);
                refusals.put(e.path(), rejected(e.path(), c.diagnostics()));
                continue;
            }
            if (!c.ok()) {
                verdicts.add(rejected(e.path(), c.diagnostics()));
                continue;
            }
            Outcome o = new AbstractMachine(c.program(), version, Limits.DEFAULT, MachineListener.NONE).run();
            if (o.kind() == Outcome.Kind.STEP_LIMIT) {
                verdicts.add(new Verdict(e.path(), Kind.REFUSED, "the model's step budget of "
                        + Limits.DEFAULT.maxSteps() + " steps ran out (an interpreter step is one IR instruction;"
                        + " a loop that gc runs in a second can need many more)"));
                continue;
            }
            if (o.kind() == Outcome.Kind.REFUSED) {
                verdicts.add(new Verdict(e.path(), Kind.REFUSED, "at run time: " + o.stderr().strip()));
                continue;
            }
            toRun.add(e);
            outcomes.add(o);
        }
        List<GoToolchain.Run> real = RealRuns.buildAndRun(go, toRun, work.resolve("go" + go.version()));
        for (int i = 0; i < toRun.size(); i++) {
            String path = toRun.get(i).path();
            if (real.get(i) == null && expectedFailures.contains(path)) {
                verdicts.add(new Verdict(path, Kind.NOT_COMPARED, "go" + go.version() + " cannot build it, and its own"
                        + " harness expects that (test/run.go): no real behaviour to compare with"));
            } else if (outcomes.get(i) == null) {
                verdicts.add(refusals.get(path));
            } else {
                verdicts.add(compare(go, path, outcomes.get(i), real.get(i)));
            }
        }
        verdicts.sort((a, b) -> a.path().compareTo(b.path()));
        return verdicts;
    }

    /** A refusal names its reason; any other diagnostic means the model rejects what gc compiles: WRONG. */
    private static Verdict rejected(String path, List<Diagnostic> diags) {
        for (Diagnostic d : diags) {
            if (d.message().startsWith("unsupported: ")) {
                return new Verdict(path, Kind.REFUSED, d.render());
            }
        }
        return new Verdict(path, Kind.WRONG, "the model rejects it: " + diags);
    }

    private static Verdict compare(GoToolchain go, String path, Outcome model, GoToolchain.Run real) throws IOException {
        if (real == null) {
            return new Verdict(path, Kind.WRONG, "the real binary could not be built or run here");
        }
        String want = render(real.exit(), real.stdout(), real.stderr());
        String have = render(model.exitCode(), model.stdout(), model.stderr());
        if (!want.equals(have)) {
            return new Verdict(path, Kind.WRONG, "model differs from the real binary\n--- real\n"
                    + ByteStrings.toDisplay(want) + "\n--- model\n" + ByteStrings.toDisplay(have));
        }
        Path out = go.testDir().resolve(path.replaceAll("\\.go$", ".out"));
        String expected = Files.exists(out) ? Files.readString(out, StandardCharsets.ISO_8859_1) : "";
        if (model.exitCode() == 0 && !combined(model).equals(expected)
                && (real.stdout() + real.stderr()).equals(expected)) {
            return new Verdict(path, Kind.WRONG, "model output differs from Go's harness expectation (.out)");
        }
        return new Verdict(path, Kind.PASS, "");
    }

    /** stdout and stderr interleaved as the program wrote them, as Go's harness reads them. */
    private static String combined(Outcome o) {
        StringBuilder sb = new StringBuilder();
        for (Event e : o.observed()) {
            if (e instanceof Event.Output out) {
                sb.append(out.text());
            }
        }
        return sb.toString();
    }

    private static String render(int exit, String stdout, String stderr) {
        return "exit " + exit + "\n--- stdout\n" + stdout + "\n--- stderr\n" + StderrNormalizer.normalize(stderr);
    }

    private static Map<String, Integer> readPins() throws IOException {
        Map<String, Integer> pins = new TreeMap<>();
        for (String line : Files.readAllLines(PINS)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                String[] parts = t.split("\\s+");
                pins.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        return pins;
    }
}

package defercheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.schedule.Exploration;
import defercheck.schedule.ScheduleExplorer;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.Chooser;
import defercheck.semantics.Event;
import defercheck.semantics.Limits;
import defercheck.semantics.Machine;
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
 * (its .out file, else no output). What Go leaves open is explored: a file ranging over a map runs in every
 * order, and real Go's outcome must be among theirs; a concurrent file whose real outcome is not the default
 * schedule's passes when an exploration of schedules meets it (the real run is one schedule of many). A file the model runs differently, or rejects while gc compiles it, is
 * WRONG and fails the test. The number that pass is pinned per toolchain in go-test-tree-pins.txt: it may
 * only grow, and the pin must be raised when it does.
 */
class GoTestTreeTest {
    static final Path PINS = Paths.get("src/test/resources/go-test-tree-pins.txt");
    /** Runs spent on the orders of a file's map ranges. */
    static final long MAP_ORDER_BOUND = 5_000;
    /** Runs spent looking for real Go's outcome among a concurrent file's schedules. */
    static final long SCHEDULE_BOUND = 2_000;

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
        List<List<Outcome>> outcomes = new ArrayList<>();
        List<java.util.function.Supplier<Machine>> machines = new ArrayList<>();
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
                machines.add(null);
                refusals.put(e.path(), rejected(e.path(), c.diagnostics()));
                continue;
            }
            if (!c.ok()) {
                verdicts.add(rejected(e.path(), c.diagnostics()));
                continue;
            }
            java.util.function.Supplier<Machine> machine =
                    () -> new AbstractMachine(c.program(), version, Limits.DEFAULT, MachineListener.NONE);
            List<Outcome> alternatives = mapOrders(machine, machine.get().run());
            if (alternatives.isEmpty()) {
                verdicts.add(new Verdict(e.path(), Kind.REFUSED, "its map ranges have more orders than "
                        + MAP_ORDER_BOUND + " runs explore"));
                continue;
            }
            Outcome o = refusedAmong(alternatives);
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
            outcomes.add(alternatives);
            machines.add(machine);
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
                verdicts.add(compare(go, path, outcomes.get(i), real.get(i), machines.get(i)));
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

    /**
     * The outcomes the model allows: the default run's, or, when that met a range over a map of several entries
     * (refused by a single run), every order's (empty when they are more than {@link #MAP_ORDER_BOUND} runs).
     */
    private static List<Outcome> mapOrders(java.util.function.Supplier<Machine> machine, Outcome first) {
        if (first.kind() != Outcome.Kind.REFUSED || !first.stderr().contains(": unsupported: range over a map of ")) {
            return List.of(first);
        }
        Exploration e = new ScheduleExplorer(machine, java.util.Set.of(Chooser.Kind.MAP_ORDER), MAP_ORDER_BOUND)
                .explore();
        return e.complete() ? e.outcomes().stream().map(Exploration.Found::outcome).toList() : List.of();
    }

    /** A refusal or spent budget among the alternatives decides for the file; else the first. */
    private static Outcome refusedAmong(List<Outcome> alternatives) {
        for (Outcome o : alternatives) {
            if (o.kind() == Outcome.Kind.REFUSED || o.kind() == Outcome.Kind.STEP_LIMIT) {
                return o;
            }
        }
        return alternatives.get(0);
    }

    /**
     * Real Go's outcome must be one the model allows: the default schedule's (or a map order's), else, for a
     * program whose output depends on the schedule, one that an exploration of schedules, select picks and map
     * orders (at most {@link #SCHEDULE_BOUND} runs) meets.
     */
    private static Verdict compare(GoToolchain go, String path, List<Outcome> alternatives, GoToolchain.Run real,
                                   java.util.function.Supplier<Machine> machine) throws IOException {
        if (real == null) {
            return new Verdict(path, Kind.WRONG, "the real binary could not be built or run here");
        }
        String want = render(real.exit(), real.stdout(), real.stderr());
        Outcome model = among(want, alternatives);
        if (model == null) {
            Exploration e = new ScheduleExplorer(machine, ScheduleExplorer.ALL, SCHEDULE_BOUND).explore();
            model = among(want, e.outcomes().stream().map(Exploration.Found::outcome).toList());
        }
        if (model == null) {
            Outcome first = alternatives.get(0);
            String have = render(first.exitCode(), first.stdout(), first.stderr());
            return new Verdict(path, Kind.WRONG, "model differs from the real binary (in every schedule and map"
                    + " order explored)\n--- real\n" + ByteStrings.toDisplay(want) + "\n--- model\n"
                    + ByteStrings.toDisplay(have));
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

    private static Outcome among(String want, List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            if (want.equals(render(o.exitCode(), o.stdout(), o.stderr()))) {
                return o;
            }
        }
        return null;
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

package defercheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.semantics.Limits;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.semantics.StderrNormalizer;
import defercheck.source.ByteStrings;
import defercheck.source.Diagnostic;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import defercheck.toolchain.KnownBug;
import defercheck.toolchain.KnownBugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    static final Path INDEX = ROOT.resolve("INDEX.md");
    /** The toolchains every golden records. */
    static final List<String> RECORDED = List.of("1.19", "1.21", "1.22", "1.23");
    private static final Pattern PINNED = Pattern.compile("(?m)^## Programs \\((\\d+)\\)$");
    private static final Pattern INDEX_ROW = Pattern.compile("(?m)^\\| `([^`]+\\.go)` \\|");
    private static final Pattern TOOLCHAIN_BUG = Pattern.compile("(?m)^// toolchain-bug: #(\\d+)$");

    static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
    }

    /**
     * The corpus is exactly what INDEX.md lists, one row per program, and its size is the count in the heading
     * {@code ## Programs (N)}: adding a program means adding its row and raising that count. Every program has a
     * golden of the four toolchains, so the tests per golden are exactly four per program. Every discrepancy is
     * reported, not only the first.
     */
    @Test
    void theCorpusIsExactlyWhatItsIndexLists() throws IOException {
        List<String> progs = programs().stream().map(p -> ROOT.relativize(p).toString()).toList();
        String index = Files.readString(INDEX, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        Matcher pinned = PINNED.matcher(index);
        if (!pinned.find()) {
            problems.add(INDEX + " has no heading \"## Programs (N)\"");
        } else if (Integer.parseInt(pinned.group(1)) != progs.size()) {
            problems.add(INDEX + "'s Programs heading says " + pinned.group(1) + ", the corpus has " + progs.size());
        }
        List<String> rows = new ArrayList<>();
        for (Matcher row = INDEX_ROW.matcher(index); row.find(); ) {
            rows.add(row.group(1));
        }
        progs.stream().filter(p -> !rows.contains(p)).forEach(p -> problems.add(p + ": no row in " + INDEX));
        rows.stream().filter(r -> !progs.contains(r)).forEach(r -> problems.add(INDEX + " lists " + r
                + ", which is not in the corpus"));
        rows.stream().filter(r -> rows.indexOf(r) != rows.lastIndexOf(r)).distinct()
                .forEach(r -> problems.add(INDEX + " lists " + r + " more than once"));
        for (Path p : programs()) {
            if (!Files.exists(goldenOf(p))) {
                problems.add(p + ": no golden (run regen-goldens.sh)");
            } else if (!RECORDED.equals(List.copyOf(Golden.read(goldenOf(p)).byVersion().keySet()))) {
                problems.add(goldenOf(p) + " records " + Golden.read(goldenOf(p)).byVersion().keySet() + ", not "
                        + RECORDED);
            }
        }
        try (Stream<Path> s = Files.walk(ROOT)) {
            List<Path> goldens = programs().stream().map(CorpusTest::goldenOf).toList();
            s.filter(g -> g.toString().endsWith(".golden.json") && !goldens.contains(g))
                    .sorted().forEach(g -> problems.add(g + ": a golden without its program"));
        }
        assertEquals(List.of(), problems, "the corpus, its index and its goldens");
    }

    @TestFactory
    List<DynamicTest> everyProgramMatchesRealGo() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : programs()) {
            Path g = goldenOf(p);
            if (!Files.exists(g)) {
                tests.add(DynamicTest.dynamicTest(ROOT.relativize(p) + " has a golden", () -> fail("no " + g)));
                continue;
            }
            Optional<KnownBug> bug = declaredToolchainBug(p);
            for (Map.Entry<String, Golden.Expected> e : Golden.read(g).byVersion().entrySet()) {
                GoVersion v = GoVersion.parse(e.getKey());
                String name = ROOT.relativize(p) + " @ go" + e.getKey();
                if (bug.isPresent() && bug.get().affects(v.minor())) {
                    tests.add(DynamicTest.dynamicTest(name + " (toolchain bug " + bug.get().label() + ")",
                            () -> checkToolchainBug(p, v, e.getValue())));
                } else {
                    tests.add(DynamicTest.dynamicTest(name, () -> check(p, v, e.getValue())));
                }
            }
        }
        assertFalse(tests.isEmpty(), "no corpus programs found under " + ROOT.toAbsolutePath());
        return tests;
    }

    /** One check of a program against what a real toolchain recorded for one version. */
    interface GoldenCheck {
        void check(Path program, GoVersion version, Golden.Expected want) throws Exception;
    }

    /** A dynamic test per corpus program and recorded version, named {@code topic/name.go @ go1.NN}. */
    static List<DynamicTest> perGolden(GoldenCheck check) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : programs()) {
            Path g = goldenOf(p);
            if (!Files.exists(g)) {
                tests.add(DynamicTest.dynamicTest(ROOT.relativize(p) + " has a golden", () -> fail("no " + g)));
                continue;
            }
            for (Map.Entry<String, Golden.Expected> e : Golden.read(g).byVersion().entrySet()) {
                GoVersion v = GoVersion.parse(e.getKey());
                Golden.Expected want = e.getValue();
                tests.add(DynamicTest.dynamicTest(ROOT.relativize(p) + " @ go" + e.getKey(),
                        () -> {
                            if (want.compileError()) {
                                checkCompileError(p, v, want);
                            } else {
                                check.check(p, v, want);
                            }
                        }));
            }
        }
        return tests;
    }

    static Path goldenOf(Path program) {
        String n = program.getFileName().toString();
        return program.resolveSibling(n.substring(0, n.length() - 3) + ".golden.json");
    }

    /**
     * The golden is the default run's outcome, or, for a program whose outcome depends on choices Go leaves open
     * (the schedule, a select's pick, a map's order), one of the outcomes an exploration of them meets: a real
     * run is one schedule among many.
     */
    static void check(Path program, GoVersion version, Golden.Expected want) throws IOException {
        if (want.compileError()) {
            checkCompileError(program, version, want);
            return;
        }
        String expected = render(want.exit(), want.stdout(), want.stderr());
        String model = runModel(program, version);
        if (!expected.equals(model) && amongSchedules(program, version, expected)) {
            return;
        }
        assertEquals(expected, model);
    }

    /** Runs spent looking for the golden among a program's schedules. */
    static final long SCHEDULE_BOUND = 2_000;

    private static boolean amongSchedules(Path program, GoVersion version, String expected) throws IOException {
        Compilation c = Frontend.compile(new SourceFile("prog.go", Files.readString(program, StandardCharsets.UTF_8)),
                version);
        defercheck.schedule.Exploration e = new defercheck.schedule.ScheduleExplorer(
                () -> new AbstractMachine(c.program(), version, Limits.DEFAULT, MachineListener.NONE),
                defercheck.schedule.ScheduleExplorer.ALL, SCHEDULE_BOUND).explore();
        for (defercheck.schedule.Exploration.Found f : e.outcomes()) {
            Outcome o = f.outcome();
            if (expected.equals(render(o.exitCode(), ByteStrings.toDisplay(o.stdout()),
                    StderrNormalizer.normalize(ByteStrings.toDisplay(o.stderr()))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The real binary has a known bug here: the model keeps the specified behaviour, so it must differ from
     * the golden. If it stops differing, either the model copied the bug or the golden no longer shows it.
     */
    static void checkToolchainBug(Path program, GoVersion version, Golden.Expected want) throws IOException {
        if (want.compileError()) {
            checkCompileError(program, version, want);
            return;
        }
        assertNotEquals(render(want.exit(), want.stdout(), want.stderr()), runModel(program, version));
    }

    /** A toolchain older than the program needs: the model rejects it with gc's diagnostics, in gc's order. */
    static void checkCompileError(Path program, GoVersion version, Golden.Expected want) throws IOException {
        String text = Files.readString(program, StandardCharsets.UTF_8);
        Compilation c = Frontend.compile(new SourceFile("prog.go", text), version);
        assertFalse(c.ok(), "the model compiles what go" + version + " rejects");
        StringBuilder have = new StringBuilder();
        c.diagnostics().stream().sorted(java.util.Comparator.comparingInt((Diagnostic d) -> d.span().line())
                        .thenComparingInt(d -> d.span().col()))
                .forEach(d -> have.append(d.render()).append('\n'));
        assertEquals(want.compile(), have.toString());
    }

    /** The Go minor version a program says it needs ({@code // needs: go1.NN}), or 0. */
    static int needs(String source) {
        java.util.regex.Matcher m = NEEDS.matcher(source);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static final Pattern NEEDS = Pattern.compile("(?m)^// needs: go1\\.(\\d+)$");

    private static String runModel(Path program, GoVersion version) throws IOException {
        String text = Files.readString(program, StandardCharsets.UTF_8);
        Compilation c = Frontend.compile(new SourceFile("prog.go", text), version);
        assertTrue(c.ok(), () -> "does not compile on the model: " + c.diagnostics());
        Outcome o = new AbstractMachine(c.program(), version, Limits.DEFAULT, MachineListener.NONE).run();
        return render(o.exitCode(), ByteStrings.toDisplay(o.stdout()),
                StderrNormalizer.normalize(ByteStrings.toDisplay(o.stderr())));
    }

    private static String render(int exit, String stdout, String normalizedStderr) {
        return "exit " + exit + "\n--- stdout\n" + stdout + "\n--- stderr\n" + normalizedStderr;
    }

    /** A program that shows a toolchain bug says so in a line {@code // toolchain-bug: #NNNNN}. */
    static Optional<KnownBug> declaredToolchainBug(Path program) throws IOException {
        Matcher m = TOOLCHAIN_BUG.matcher(Files.readString(program, StandardCharsets.UTF_8));
        if (!m.find()) {
            return Optional.empty();
        }
        int issue = Integer.parseInt(m.group(1));
        return Optional.of(KnownBugs.byIssue(issue)
                .orElseThrow(() -> new AssertionError(program + " names #" + issue + ", not in KnownBugs")));
    }
}

package defercheck.straightline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.explore.MachineSuite;
import defercheck.ir.Program;
import defercheck.runtime.MachineConfig;
import defercheck.source.Diagnostic;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import defercheck.tlc.BatchVerdicts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The straight-line route of {@code trace export --format tla} on every program of the corpus, on the abstract
 * machine and every machine of the Go version: each run reads back (but for two known limits), and TLC finds GoDefer
 * runs every read-back program to the machine's log and outcome. One test and one TLC run (a batch module) per
 * version, two versions at a time; runs that read back as the same program with the same log and outcome (the
 * machines that agree on a program usually do) are checked once. TLC runs with {@code -continue}, so a failure
 * names every run that fails, not only the first.
 */
class StraightLineCorpusTest {
    static final Path SPEC = Paths.get(System.getProperty("defercheck.spec.dir", "../spec"));
    /** The corpus programs whose runs do not read back, and why: GoDefer has no stack overflow or Breakpoint. */
    static final Map<String, String> REFUSED = Map.of(
            "overflow/runaway_recursion.go", "ends in stack overflow, which GoDefer does not model",
            "runtime/breakpoint_trap.go", "ends in runtime.Breakpoint (SIGTRAP), which GoDefer does not model",
            // the crash calls Error and String methods of the panic values (runtime.preprintpanics) as Go code
            "interfaces/panic_value_methods.go", "frame runtime.preprintpanics starts with neither a call",
            "generics/recover_in_generic.go", "frame runtime.preprintpanics starts with neither a call",
            // a library function or a runtime error's method runs as a native frame, which GoDefer has no step for
            "library/runtime_library.go", "frame runtime.KeepAlive starts with neither a call",
            "runtime/every_runtime_error_recovered.go", "frame runtime.Error.Error starts with neither a call",
            "runtime/callers_frames.go", "frame runtime.Callers starts with neither a call",
            "runtime/callers_names.go", "frame runtime.Caller starts with neither a call",
            "runtime/callers_shapes.go", "frame runtime.Callers starts with neither a call");
    /**
     * The corpus folders whose programs are not read at all: GoDefer has one goroutine and no channels, sync or time
     * (a run that starts a goroutine is refused by the reading itself, StraightLine.GOROUTINES), and no range over
     * func, whose body defers onto the enclosing function (refused by the reading too).
     */
    static final List<String> OUTSIDE_GODEFER = List.of("goroutines/", "rangefunc/", "sync/", "time/");
    /** The machines every program runs on: the abstract one and the version's suite. */
    static final Map<String, Integer> MACHINES = Map.of("1.13", 4, "1.14", 5, "1.21", 5, "1.22", 3, "1.23", 3);
    /**
     * The only diagnostics that may keep a program out of an older version's batch: a language feature of a later
     * version (gc's "requires go1.N or later", the model's "... before go1.N"), or a library the model provides from
     * a later version on.
     */
    private static final Pattern NEWER =
            Pattern.compile("requires go1\\.(\\d+) or later|the library is modelled from go1\\.(\\d+)|before go1\\.(\\d+)");

    /** One version's runs: the distinct readings, every run's label by reading, and what did not read back. */
    record Batch(GoVersion version, List<StraightLineExport.Reading> readings, List<List<String>> labels,
                 int runs, List<String> refused, List<String> newer, List<String> wrong, int outside) { }

    @TempDir
    Path dir;

    private ExecutorService pool;

    @TestFactory
    List<DynamicTest> everyCorpusRunReadsBackAndGoDeferAgrees() throws Exception {
        pool = Executors.newFixedThreadPool(2);
        List<DynamicTest> tests = new ArrayList<>();
        for (String version : List.of("1.13", "1.14", "1.21", "1.22", "1.23")) {
            Batch b = read(GoVersion.parse(version));
            Future<BatchVerdicts> tlc = pool.submit(() -> tlc(b));
            tests.add(DynamicTest.dynamicTest("Go " + version, () -> check(b, tlc.get())));
        }
        return tests;
    }

    @AfterEach
    void stopTlc() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private Batch read(GoVersion v) throws Exception {
        Map<String, Integer> distinct = new LinkedHashMap<>();
        Batch b = new Batch(v, new ArrayList<>(), new ArrayList<>(), 0, new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), 0);
        int runs = 0;
        int outside = 0;
        for (Path f : Corpus.programs()) {
            String program = Corpus.ROOT.relativize(f).toString();
            if (OUTSIDE_GODEFER.stream().anyMatch(program::startsWith)) {
                outside++;
                continue;
            }
            Compilation c = Frontend.compile(new SourceFile(f.getFileName().toString(), Files.readString(f)), v);
            if (!c.ok()) {
                boolean newer = newerOnly(c.diagnostics(), v) || needs(Files.readString(f)) > v.minor();
                (newer ? b.newer() : b.wrong()).add(program + ": " + c.diagnostics());
                continue;
            }
            Program p = c.program();
            List<MachineConfig> machines = new ArrayList<>();
            machines.add(null);
            machines.addAll(new MachineSuite(v, null).machines(p));
            for (MachineConfig m : machines) {
                String label = program + " on " + (m == null ? "abstract" : m.name());
                try {
                    StraightLineExport.Reading r = StraightLineExport.read(p, v, m, false);
                    runs++;
                    Integer k = distinct.computeIfAbsent(r.program() + "\n" + r.expected() + "\n" + r.maxSteps(),
                            key -> b.readings().size());
                    if (k == b.readings().size()) {
                        b.readings().add(r);
                        b.labels().add(new ArrayList<>());
                    }
                    b.labels().get(k).add(label);
                } catch (StraightLineExport.Refused e) {
                    b.refused().add(program);
                    if (!e.getMessage().contains(REFUSED.getOrDefault(program, "(not to be refused)"))) {
                        b.wrong().add(label + " refused: " + e.getMessage());
                    }
                }
            }
        }
        return new Batch(v, b.readings(), b.labels(), runs, b.refused(), b.newer(), b.wrong(), outside);
    }

    /**
     * A program that does not compile at {@code v} because it needs a later Go version: one of its diagnostics says
     * so (the others may follow from it, as "undefined" after a refused declaration).
     */
    /** A corpus program that says {@code // needs: go1.NN} (range over func: go1.23) is of a later version below it. */
    private static int needs(String source) {
        Matcher m = NEEDS.matcher(source);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static final Pattern NEEDS = Pattern.compile("(?m)^// needs: go1\\.(\\d+)$");

    private static boolean newerOnly(List<Diagnostic> diags, GoVersion v) {
        for (Diagnostic d : diags) {
            Matcher m = NEWER.matcher(d.message());
            if (m.find()) {
                String minor = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (Integer.parseInt(minor) > v.minor()) {
                    return true;
                }
            }
        }
        return false;
    }

    private BatchVerdicts tlc(Batch b) throws Exception {
        List<String> names = b.labels().stream().map(l -> String.join("; ", l)).toList();
        Path batch = Files.createDirectories(dir.resolve("Go" + b.version().minor())).resolve("Corpus.tla");
        Path tla = StraightLineExport.writeBatch(b.readings(), names, b.version(), batch);
        return BatchVerdicts.check(tla, SPEC, 900, b.readings().stream().mapToLong(r -> r.maxSteps() + 1L).sum());
    }

    /** Every check of the version, each reported on its own: one failing does not hide the others. */
    private static void check(Batch b, BatchVerdicts tlc) throws Exception {
        int machines = MACHINES.get(b.version().toString());
        Set<String> refusedHere = new TreeSet<>(REFUSED.keySet());
        b.newer().forEach(n -> refusedHere.remove(n.substring(0, n.indexOf(": "))));
        int expected = (Corpus.pinned() - b.outside() - b.newer().size() - refusedHere.size()) * machines;
        List<String> failing = new ArrayList<>();
        tlc.failed().forEach((k, what) -> failing.add(what + " on " + b.labels().get(k - 1)));
        assertAll("Go " + b.version(),
                () -> assertEquals(List.of(), b.wrong(), "compile errors other than a later version's, or refusals"
                        + " not expected"),
                () -> assertEquals(refusedHere, new TreeSet<>(b.refused())),
                () -> assertEquals(Corpus.pinned(), Corpus.programs().size(), "the corpus INDEX.md pins"),
                () -> assertTrue(b.outside() > 0, "the folders outside GoDefer exist: " + OUTSIDE_GODEFER),
                () -> assertEquals(expected, b.runs(), "runs read back: (programs - " + b.outside() + " outside GoDefer - "
                        + b.newer().size() + " of later versions - " + refusedHere.size() + " refused) x " + machines
                        + " machines; later versions: " + b.newer()),
                () -> assertEquals(refusedHere.size() * machines, b.refused().size(),
                        "every machine's run of a refused program"),
                () -> assertEquals(List.of(), failing, () -> "TLC: " + tlc.messages().values()),
                () -> assertTrue(tlc.complete(), () -> "TLC did not finish: " + tlc.problem()));
        System.out.printf("Go %s: TLC agrees with %d corpus runs read back as straight-line programs (%d distinct)%n",
                b.version(), b.runs(), b.readings().size());
    }
}

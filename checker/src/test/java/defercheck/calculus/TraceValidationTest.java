package defercheck.calculus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.source.GoVersion;
import defercheck.straightline.Corpus;
import defercheck.tlc.TlcResult;
import defercheck.tlc.TraceValidation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second Java-TLA+ link: Java runs exported as TLA+ traces are behaviours of the matching strategy spec.
 * Every corpus program that is in the core calculus (those under its calculus/ topic), plus an evenly spread
 * sample of 200 programs of the tiny calculus bound, is validated on every strategy, one TLC run per strategy, two
 * at a time.
 */
class TraceValidationTest {
    static final int SAMPLE = 200;
    static final Path SPEC = Paths.get(System.getProperty("defercheck.spec.dir", "../spec"));

    @TempDir
    Path work;

    private ExecutorService pool;

    /** The corpus programs in the core calculus, by path: exactly those of its calculus/ topic. */
    static Map<Path, CalculusProgram> corpusInCalculus() throws IOException {
        Map<Path, CalculusProgram> out = new TreeMap<>();
        for (Path f : Corpus.programs()) {
            CalculusRecognizer.recognize(Files.readString(f, StandardCharsets.UTF_8)).ifPresent(p -> out.put(f, p));
        }
        return out;
    }

    static List<CalculusProgram> sample() {
        List<CalculusProgram> all = new CalculusSpace(CalculusSpace.TINY).programs();
        List<CalculusProgram> out = new ArrayList<>();
        for (int i = 0; i < SAMPLE; i++) {
            out.add(all.get((int) ((long) i * all.size() / SAMPLE)));
        }
        return out;
    }

    /** One test per strategy spec; TLC runs two at a time, one worker each. */
    @TestFactory
    List<DynamicTest> everyStrategyFollowsItsSpec() throws Exception {
        Map<Path, CalculusProgram> corpus = corpusInCalculus();
        List<Path> underCalculus = Corpus.programs().stream()
                .filter(f -> f.startsWith(Corpus.ROOT.resolve("calculus"))).toList();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the corpus programs in the core calculus are those under calculus/",
                () -> assertEquals(underCalculus, List.copyOf(corpus.keySet()))));
        List<CalculusProgram> programs = new ArrayList<>(corpus.values());
        programs.addAll(sample());
        pool = Executors.newFixedThreadPool(2);
        for (TlaTraceExport.Target target : TlaTraceExport.Target.values()) {
            String name = "Trace_" + target.id();
            TlaTraceExport.Export e = TlaTraceExport.export(name, programs, target, GoVersion.DEFAULT);
            Path tla = work.resolve(name + ".tla");
            Files.writeString(tla, e.module(), StandardCharsets.UTF_8);
            Files.writeString(work.resolve(name + ".cfg"), e.cfg(), StandardCharsets.UTF_8);
            Future<TraceValidation.Result> tlc = pool.submit(() -> TraceValidation.validate(tla, SPEC, 600));
            tests.add(DynamicTest.dynamicTest(target.id(), () -> {
                TraceValidation.Result r = tlc.get();
                System.out.printf("%s: %d traces, %d entries: %s, %d distinct states%n", target.id(),
                        programs.size(), e.entries(), r.tlc().describe(), r.tlc().distinctStates());
                assertTrue(r.accepted(), target.id() + ": " + r.tlc().describe() + "\n" + r.tlc().message()
                        + "\n" + r.tlc().trace());
            }));
        }
        return tests;
    }

    @AfterEach
    void stopTlc() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Test
    void aWrongTraceIsRejected(@TempDir Path dir) throws Exception {
        CalculusProgram p = CalculusRecognizer.recognize(CalculusToCore.translate(sample().get(SAMPLE / 2)).source())
                .orElseThrow();
        TlaTraceExport.Export e = TlaTraceExport.export("Wrong", List.of(p), TlaTraceExport.Target.HEAP, GoVersion.DEFAULT);
        String broken = e.module().replace("[kind |-> \"exit\"", "[kind |-> \"deadlock\"")
                .replace("[kind |-> \"crash\"", "[kind |-> \"exit\"");
        assertFalse(broken.equals(e.module()));
        Files.writeString(dir.resolve("Wrong.tla"), broken, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Wrong.cfg"), e.cfg(), StandardCharsets.UTF_8);
        TraceValidation.Result r = TraceValidation.validate(dir.resolve("Wrong.tla"), SPEC, 120);
        assertFalse(r.accepted(), r.tlc().describe());
        assertEquals(TlcResult.Kind.DEADLOCK, r.tlc().kind());
    }

    @Test
    void printedCalculusProgramsAreRecognisedExactly() {
        for (CalculusProgram p : new CalculusSpace(CalculusSpace.TINY).programs()) {
            String src = CalculusToCore.translate(p).source();
            CalculusProgram back = CalculusRecognizer.recognize(src).orElseThrow(() -> new AssertionError(src));
            assertEquals(src, CalculusToCore.translate(back).source());
        }
    }

    @Test
    void goOutsideTheCalculusIsRefused() {
        assertTrue(CalculusRecognizer.recognize("""
                package main

                func main() {
                \tx := 1
                \tprintln(x)
                }
                """).isEmpty());
    }
}

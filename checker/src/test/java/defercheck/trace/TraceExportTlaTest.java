package defercheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.calculus.CalculusRecognizer;
import defercheck.coreprogram.read.CoreForm;
import defercheck.coreprogram.read.CoreSourceReader;
import defercheck.tlc.TlcResult;
import defercheck.tlc.TraceValidation;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trace export --format tla} through the real command line on every committed trace and every machine of
 * it. A trace whose program is an explorer core program (mutant counterexamples with their stored core form,
 * and any trace whose Go source reads back as one) or in the core calculus is
 * exported for every machine, and the command says whether TLC should pass: for the reference and every machine
 * that agrees with it, TLC (forked) must pass; for the divergent machine of a counterexample it must report
 * {@code MatchesMachine} violated. TLC runs on every export, two at a time.
 * A TLC counterexample goes back to its own bug model as a trace TLC must replay (it reports
 * {@code TraceNotEnded} violated when it did). Every other trace (programs outside both calculi: strings, fmt,
 * parameters, several results) goes the straight-line route, its run read back as a program with one body per
 * frame; the same verdicts hold. No committed trace is refused.
 */
class TraceExportTlaTest {
    static final Path SPEC = Paths.get(System.getProperty("defercheck.spec.dir", "../spec"));
    /** One export and what TLC must say: null for success, else the describe() of the expected violation. */
    record Export(String what, Path tla, String expected) { }

    @Test
    void everyCommittedTraceIsCheckedAgainstTheSpec(@TempDir Path dir) throws Exception {
        List<Export> exports = new ArrayList<>();
        int straightLine = 0;
        List<Path> files = TraceReplayTest.committed();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            Trace t = TraceReader.read(f);
            if (t.core() != null) {
                assertEquals(Optional.of(CoreForm.parse(t.core())), CoreSourceReader.recognize(t.source()),
                        f + ": the Go source reads back as the stored core form");
            }
            boolean fits = t.tlc() || (t.core() != null || CalculusRecognizer.recognize(t.source()).isPresent()
                    || CoreSourceReader.recognize(t.source()).isPresent());
            for (TraceMachine m : t.machines()) {
                // One directory per export. (TLC runs two at a time; each run also gets its own java.io.tmpdir,
                // where SANY copies the standard modules: shared, they raced, "Module-Table lookup failure".)
                String name = "T" + i + "_" + exports.size();
                Path out = dir.resolve(name).resolve(name + ".tla");
                TraceCommandTest.Result r = TraceCommandTest.run("trace", "export", "--format", "tla",
                        "--machine", m.name(), "--out", out.toString(), "--spec-dir", SPEC.toString(), f.toString());
                String what = f.getFileName() + " " + m.name();
                if (t.tlc()) {
                    assertEquals(0, r.code(), what + ": " + r.err());
                    assertTrue(r.out().contains("expect TLC to report invariant TraceNotEnded violated"), r.out());
                    exports.add(new Export(what, out, "invariant TraceNotEnded violated"));
                } else {
                    assertEquals(0, r.code(), what + ": " + r.err());
                    boolean divergent = t.divergence() != null && t.divergence().machine().equals(m.name());
                    assertTrue(r.out().contains(divergent ? "expect TLC to FAIL (invariant MatchesMachine violated)"
                            : "expect TLC to pass"), what + ": " + r.out());
                    assertEquals(!fits, r.out().contains("read back as a straight-line program"), what + ": " + r.out());
                    exports.add(new Export(what, out, divergent ? "invariant MatchesMachine violated" : null));
                    straightLine += fits ? 0 : 1;
                }
            }
        }
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<TraceValidation.Result>> results = new ArrayList<>();
        for (Export e : exports) {
            results.add(pool.submit(() -> TraceValidation.validate(e.tla(), SPEC, 120)));
        }
        int passed = 0;
        int failed = 0;
        int replayed = 0;
        for (int k = 0; k < exports.size(); k++) {
            Export e = exports.get(k);
            TlcResult tlc = results.get(k).get().tlc();
            if (e.expected() == null) {
                assertEquals(TlcResult.Kind.SUCCESS, tlc.kind(), e.what() + ": " + tlc.describe() + "\n"
                        + tlc.message() + "\n" + tlc.trace());
                passed++;
            } else {
                assertEquals(e.expected(), tlc.describe(), e.what() + ": " + tlc.message());
                if (e.expected().contains("TraceNotEnded")) {
                    replayed++;
                } else {
                    failed++;
                }
            }
        }
        pool.shutdown();
        System.out.printf("trace export --format tla: TLC passed %d exports (%d of them straight-line), reported the"
                        + " mismatch on %d divergent machines and replayed %d TLC counterexamples in %.1f s%n",
                passed, straightLine, failed, replayed, (System.nanoTime() - start) / 1e9);
        assertTrue(passed >= 40, "too few exports TLC passed: " + passed);
        assertTrue(straightLine >= 20, "programs outside the explorer's core programs go straight-line: " + straightLine);
        assertTrue(failed >= 12, "every mutant's divergent machine: " + failed);
        assertEquals(4, replayed, "every committed TLC counterexample replays as a behaviour of its model");
    }

    @Test
    void tlaNeedsATlaOutputFile() {
        Path any = TraceReplayTest.TRACES.resolve("mutants/tiny-go1.19-fifo-chain-163.trace.json");
        assertEquals(64, TraceCommandTest.run("trace", "export", "--format", "tla", any.toString()).code());
    }
}

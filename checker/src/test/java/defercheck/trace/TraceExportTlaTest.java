package defercheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import defercheck.calculus.CalculusRecognizer;
import defercheck.coreprogram.read.CoreForm;
import defercheck.coreprogram.read.CoreSourceReader;
import defercheck.tlc.TlcBatches;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trace export --format tla} through the real command line on every committed trace and every machine of
 * it, one test per export. A trace whose program is an explorer core program (mutant counterexamples with their
 * stored core form, and any trace whose Go source reads back as one) or in the core calculus is exported for every
 * machine, and the command says whether TLC should pass: for the reference and every machine that agrees with it,
 * TLC (forked) must pass; for the divergent machine of a counterexample it must report {@code MatchesMachine}
 * violated. A TLC counterexample goes back to its own bug model as a trace TLC must replay (it reports
 * {@code TraceNotEnded} violated when it did). Every other trace (programs outside both calculi: strings, fmt,
 * parameters, several results) goes the straight-line route, its run read back as a program with one body per
 * frame; the same verdicts hold. No committed trace is refused.
 *
 * <p>The exports that are one-run modules are checked in batches, one TLC run per Go version and route
 * ({@link TlcBatches}); TLC runs with {@code -continue}, so each export gets its own verdict, and a verdict that is
 * not the expected one is confirmed on the export's own module before the test fails.
 */
class TraceExportTlaTest {
    static final Path SPEC = Paths.get(System.getProperty("defercheck.spec.dir", "../spec"));
    /** Exports of the committed traces: one per trace and machine. */
    static final int EXPORTS = 64;
    /** Of them: by the straight-line route; TLC passes, divergent machines, TLC counterexamples replayed. */
    static final int STRAIGHT_LINE = 20;
    static final int PASS = 48;
    static final int DIVERGENT = 12;
    static final int REPLAYED = 4;
    /**
     * TLC processes for all of them: the calculus route's seven trace modules and the four counterexample replays
     * alone, the 53 one-run modules in six batches (one per batch key: Go version and route).
     */
    static final int TLC_RUNS = 17;

    /** One export: what the command said, where it wrote, and what TLC must say ("success" or a violation). */
    record Export(String what, TraceCommandTest.Result cli, Path tla, String expected, boolean straightLine) { }

    @TempDir
    Path dir;

    private TlcBatches tlc;

    @TestFactory
    List<DynamicTest> everyCommittedTraceIsCheckedAgainstTheSpec() throws Exception {
        tlc = new TlcBatches(SPEC, dir.resolve("batches"), 600);
        List<Export> exports = new ArrayList<>();
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> files = TraceReplayTest.committed();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            Trace t = TraceReader.read(f);
            if (t.core() != null) {
                tests.add(DynamicTest.dynamicTest(f.getFileName() + ": the Go source reads back as the stored core form",
                        () -> assertEquals(Optional.of(CoreForm.parse(t.core())), CoreSourceReader.recognize(t.source()))));
            }
            for (TraceMachine m : t.machines()) {
                exports.add(export(f, t, m, "T" + i + "_" + exports.size()));
            }
        }
        List<CompletableFuture<TlcBatches.Verdict>> verdicts = new ArrayList<>();
        for (Export e : exports) {
            verdicts.add(e.cli().code() == 0 ? tlc.add(e.what(), e.tla())
                    : CompletableFuture.completedFuture(new TlcBatches.Verdict("not exported", "", "")));
        }
        tlc.start();
        for (int k = 0; k < exports.size(); k++) {
            Export e = exports.get(k);
            CompletableFuture<TlcBatches.Verdict> v = verdicts.get(k);
            tests.add(DynamicTest.dynamicTest(e.what(), () -> check(e, v)));
        }
        tests.add(DynamicTest.dynamicTest("export and TLC run counts", () -> counts(exports, verdicts)));
        return tests;
    }

    /** Runs the command for one machine of a trace, in a directory of its own (SANY's copies must not race). */
    private Export export(Path f, Trace t, TraceMachine m, String name) throws Exception {
        Path out = dir.resolve(name).resolve(name + ".tla");
        TraceCommandTest.Result r = TraceCommandTest.run("trace", "export", "--format", "tla", "--machine", m.name(),
                "--out", out.toString(), "--spec-dir", SPEC.toString(), f.toString());
        String what = f.getFileName() + " " + m.name();
        if (t.tlc()) {
            return new Export(what, r, out, "invariant TraceNotEnded violated", false);
        }
        boolean fits = t.core() != null || CalculusRecognizer.recognize(t.source()).isPresent()
                || CoreSourceReader.recognize(t.source()).isPresent();
        boolean divergent = t.divergence() != null && t.divergence().machine().equals(m.name());
        return new Export(what, r, out, divergent ? "invariant MatchesMachine violated" : "success", !fits);
    }

    private void check(Export e, CompletableFuture<TlcBatches.Verdict> verdict) throws Exception {
        TraceCommandTest.Result r = e.cli();
        assertEquals(0, r.code(), e.what() + ": " + r.err());
        if (e.expected().contains("TraceNotEnded")) {
            assertTrue(r.out().contains("expect TLC to report invariant TraceNotEnded violated"), r.out());
        } else {
            assertTrue(r.out().contains(e.expected().equals("success") ? "expect TLC to pass"
                    : "expect TLC to FAIL (invariant MatchesMachine violated)"), e.what() + ": " + r.out());
            assertEquals(e.straightLine(), r.out().contains("read back as a straight-line program"), e.what() + ": "
                    + r.out());
        }
        TlcBatches.Verdict v = verdict.get();
        if (!v.describe().equals(e.expected())) {
            TlcBatches.Verdict own = tlc.confirm(e.tla());
            fail(e.what() + ": want " + e.expected() + ", TLC said " + v.describe() + " in " + v.how() + "\n"
                    + v.message() + "\non the export's own module: " + own.describe() + "\n" + own.message());
        }
    }

    private void counts(List<Export> exports, List<CompletableFuture<TlcBatches.Verdict>> verdicts) {
        verdicts.forEach(CompletableFuture::join);
        long pass = exports.stream().filter(e -> e.expected().equals("success")).count();
        long straightLine = exports.stream().filter(Export::straightLine).count();
        long divergent = exports.stream().filter(e -> e.expected().contains("MatchesMachine")).count();
        long replayed = exports.stream().filter(e -> e.expected().contains("TraceNotEnded")).count();
        String summary = String.format("trace export --format tla: %d exports (%d by the straight-line route), %d to"
                + " pass, %d divergent machines, %d TLC counterexamples replayed; %d TLC runs (%d batches)", exports.size(),
                straightLine, pass, divergent, replayed, tlc.tlcRuns(), tlc.batches());
        System.out.println(summary);
        assertEquals(List.of(EXPORTS, STRAIGHT_LINE, PASS, DIVERGENT, REPLAYED, TLC_RUNS),
                List.of(exports.size(), (int) straightLine, (int) pass, (int) divergent, (int) replayed,
                        tlc.tlcRuns()), summary);
    }

    @AfterEach
    void stopTlc() {
        if (tlc != null) {
            tlc.close();
        }
    }

    @Test
    void tlaNeedsATlaOutputFile() {
        Path any = TraceReplayTest.TRACES.resolve("mutants/tiny-go1.19-fifo-chain-163.trace.json");
        assertEquals(64, TraceCommandTest.run("trace", "export", "--format", "tla", any.toString()).code());
    }
}

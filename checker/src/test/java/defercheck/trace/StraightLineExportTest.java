package defercheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.ir.Program;
import defercheck.runtime.MachineConfig;
import defercheck.source.GoVersion;
import defercheck.straightline.StraightLineExport;
import defercheck.tlc.TlcBatches;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The straight-line route of {@code trace export --format tla}, forced on every committed machine trace (the
 * command takes it only for programs outside the explorer's core programs), one test per machine run: TLC must
 * pass for every machine whose observables are the abstract machine's, and report MatchesMachine violated for
 * every divergent one, mutants included. So a machine that decides differently from the semantics cannot hide
 * behind a program read back from its own run. The modules are checked in one TLC run per Go version
 * ({@link TlcBatches}), each run with its own verdict.
 */
class StraightLineExportTest {
    /** Machine runs of the committed machine traces: those that agree with the abstract machine, and the rest. */
    static final int AGREEING = 48;
    static final int DIVERGENT = 12;
    /** One batch per Go version of the traces (1.14, 1.19, 1.23): their modules differ in nothing else. */
    static final int TLC_RUNS = 3;

    @TempDir
    Path dir;

    private TlcBatches tlc;

    /** One machine run of a trace, its module and what TLC must say. */
    record Run(String what, Path tla, String expected) { }

    @TestFactory
    List<DynamicTest> everyCommittedRunPassesExactlyWhenItAgreesWithTheAbstractMachine() throws Exception {
        tlc = new TlcBatches(TraceExportTlaTest.SPEC, dir.resolve("batches"), 600);
        List<Run> runs = new ArrayList<>();
        for (Path f : TraceReplayTest.committed()) {
            Trace t = TraceReader.read(f);
            if (t.tlc()) {
                continue;
            }
            GoVersion v = GoVersion.parse(t.go());
            Program p = Replay.compile(t.source(), v);
            List<MachineConfig> configs = Replay.suite(t).machines(p);
            TraceMachine ref = t.machines().get(0);
            for (int i = 0; i < t.machines().size(); i++) {
                TraceMachine m = t.machines().get(i);
                MachineConfig c = i == 0 ? null : configs.get(i - 1);
                boolean agrees = m.observables().equals(ref.observables());
                String name = "R" + runs.size();
                Path tla = StraightLineExport.write(p, t.source(), v, c, m.name(), !agrees,
                        Files.createDirectories(dir.resolve(name)).resolve(name + ".tla"));
                runs.add(new Run(f.getFileName() + " " + m.name(), tla,
                        agrees ? "success" : "invariant MatchesMachine violated"));
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        List<CompletableFuture<TlcBatches.Verdict>> verdicts = new ArrayList<>();
        for (Run r : runs) {
            verdicts.add(tlc.add(r.what(), r.tla()));
        }
        tlc.start();
        for (int k = 0; k < runs.size(); k++) {
            Run r = runs.get(k);
            CompletableFuture<TlcBatches.Verdict> v = verdicts.get(k);
            tests.add(DynamicTest.dynamicTest(r.what(), () -> {
                TlcBatches.Verdict got = v.get();
                if (!got.describe().equals(r.expected())) {
                    TlcBatches.Verdict own = tlc.confirm(r.tla());
                    assertEquals(r.expected(), got.describe(), r.what() + " in " + got.how() + "\n" + got.message()
                            + "\non its own module: " + own.describe() + "\n" + own.message());
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("run and TLC run counts", () -> {
            verdicts.forEach(CompletableFuture::join);
            long agreeing = runs.stream().filter(r -> r.expected().equals("success")).count();
            String summary = "straight-line route on every committed run: " + agreeing + " agreeing runs, "
                    + (runs.size() - agreeing) + " divergent machines, " + tlc.tlcRuns() + " TLC runs";
            System.out.println(summary);
            assertEquals(List.of(AGREEING, DIVERGENT, TLC_RUNS),
                    List.of((int) agreeing, (int) (runs.size() - agreeing), tlc.tlcRuns()), summary);
        }));
        return tests;
    }

    @AfterEach
    void stopTlc() {
        if (tlc != null) {
            tlc.close();
        }
    }
}

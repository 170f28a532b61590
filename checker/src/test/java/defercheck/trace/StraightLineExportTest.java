package defercheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.ir.Program;
import defercheck.runtime.MachineConfig;
import defercheck.source.GoVersion;
import defercheck.straightline.StraightLineExport;
import defercheck.tlc.TlcResult;
import defercheck.tlc.TraceValidation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The straight-line route of {@code trace export --format tla}, forced on every committed machine trace (the
 * command takes it only for programs outside the explorer's core programs): TLC must pass for every machine whose
 * observables are the abstract machine's (one batch module per Go version), and report MatchesMachine violated
 * for every divergent one, mutants included (one module each). So a machine that decides differently from the
 * semantics cannot hide behind a program read back from its own run.
 */
class StraightLineExportTest {

    /** The agreeing runs of one Go version. */
    private static final class Batch {
        final List<StraightLineExport.Reading> runs = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
    }

    @Test
    void everyCommittedRunPassesExactlyWhenItAgreesWithTheAbstractMachine(@TempDir Path dir) throws Exception {
        Map<String, Batch> agreeing = new TreeMap<>();
        Map<String, Path> divergent = new TreeMap<>();
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
                String what = f.getFileName() + " " + m.name();
                if (m.observables().equals(ref.observables())) {
                    Batch b = agreeing.computeIfAbsent(t.go(), k -> new Batch());
                    b.runs.add(StraightLineExport.read(p, v, c, false));
                    b.labels.add(what);
                } else {
                    Path out = dir.resolve("D" + divergent.size()).resolve("D" + divergent.size() + ".tla");
                    out.getParent().toFile().mkdirs();
                    divergent.put(what, StraightLineExport.write(p, t.source(), v, c, m.name(), true, out));
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, Future<TraceValidation.Result>> results = new TreeMap<>();
        for (Map.Entry<String, Batch> b : agreeing.entrySet()) {
            Path tla = StraightLineExport.writeBatch(b.getValue().runs, b.getValue().labels, GoVersion.parse(b.getKey()),
                    dir.resolve("Go" + b.getKey().replace('.', '_') + ".tla"));
            results.put("go" + b.getKey() + " batch of " + b.getValue().runs.size(),
                    pool.submit(() -> TraceValidation.validate(tla, TraceExportTlaTest.SPEC, 300)));
        }
        divergent.forEach((what, tla) ->
                results.put(what, pool.submit(() -> TraceValidation.validate(tla, TraceExportTlaTest.SPEC, 120))));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Future<TraceValidation.Result>> r : results.entrySet()) {
            TlcResult tlc = r.getValue().get().tlc();
            String got = tlc.kind() == TlcResult.Kind.SUCCESS ? "pass" : tlc.describe();
            String want = divergent.containsKey(r.getKey()) ? "invariant MatchesMachine violated" : "pass";
            if (!got.equals(want)) {
                wrong.add(r.getKey() + ": want " + want + ", TLC said " + got + " " + tlc.message());
            }
        }
        pool.shutdown();
        int passed = agreeing.values().stream().mapToInt(b -> b.runs.size()).sum();
        System.out.printf("straight-line route on every committed run: %d agreeing runs passed, %d divergent machines"
                + " violated MatchesMachine%n", passed, divergent.size());
        assertEquals(List.of(), wrong);
        assertTrue(passed >= 40, "agreeing runs: " + passed);
        assertTrue(divergent.size() >= 12, "every mutant's divergent machine: " + divergent.size());
    }
}

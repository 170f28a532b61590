package defercheck.tlc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs TLC on manifest models and compares each answer with the manifest: the result kind (and name) and the
 * distinct states and depth must match exactly. Mutant models run with one worker, so the state count at the
 * first error is deterministic, and up to {@code maxWorkers} of them at a time; passing models run one after
 * the other with up to {@code maxWorkers} workers and, for the coverage gate, with TLC's coverage report. Built
 * with {@link #oneWorkerEach}, every model runs with one TLC worker, {@code runs} models at a time: on a machine
 * whose cores are all busy anyway, two workers of one TLC cost more CPU than one (MCStackDefer: 38 against 32
 * CPU seconds, docs/performance.md) and find the same states.
 */
public final class ManifestCheck {

    /** The comparison for one model; {@code coverage} is null unless it was asked for. */
    public record Outcome(Manifest.Entry entry, TlcResult result, boolean matches, String reason,
                          TlcCoverage coverage) { }

    private final TlcRunner runner;
    private final int maxWorkers;
    private final boolean passingAlongside;

    public ManifestCheck(TlcRunner runner, int maxWorkers) {
        this(runner, maxWorkers, false);
    }

    private ManifestCheck(TlcRunner runner, int maxWorkers, boolean passingAlongside) {
        this.runner = runner;
        this.maxWorkers = maxWorkers;
        this.passingAlongside = passingAlongside;
    }

    /** Every model with one TLC worker, {@code runs} models at a time, passing and mutant models alike. */
    public static ManifestCheck oneWorkerEach(TlcRunner runner, int runs) {
        return new ManifestCheck(runner, runs, true);
    }

    public Outcome check(Manifest.Entry entry) throws IOException, InterruptedException {
        return check(entry, false);
    }

    /** One model; with {@code coverage} a passing model's run also reports TLC's coverage. */
    public Outcome check(Manifest.Entry entry, boolean coverage) throws IOException, InterruptedException {
        int workers = entry.expectsFailure() || passingAlongside ? 1
                : Math.max(1, Math.min(maxWorkers, Math.max(1, entry.workers())));
        boolean measure = coverage && !entry.expectsFailure();
        TlcRunner.Run run = runner.runKeepingOutput(entry.module(), entry.cfg(), workers, measure,
                entry.distinctStates());
        TlcResult r = run.result();
        String reason = mismatch(entry, r);
        return new Outcome(entry, r, reason == null, reason, measure ? run.coverage() : null);
    }

    public List<Outcome> checkAll(List<Manifest.Entry> entries) throws IOException, InterruptedException {
        return checkAll(entries, false, o -> { });
    }

    /**
     * Every entry, answers in the order given: first the passing models one after the other, then the mutant
     * models (one TLC worker each) {@code maxWorkers} at a time. {@code done} hears of each answer as it comes.
     */
    public List<Outcome> checkAll(List<Manifest.Entry> entries, boolean coverage, Consumer<Outcome> done)
            throws IOException, InterruptedException {
        Outcome[] out = new Outcome[entries.size()];
        for (int i = 0; i < entries.size() && !passingAlongside; i++) {
            if (!entries.get(i).expectsFailure()) {
                out[i] = check(entries.get(i), coverage);
                done.accept(out[i]);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, maxWorkers));
        try {
            List<Future<Outcome>> failing = new ArrayList<>();
            for (Manifest.Entry e : entries) {
                failing.add(e.expectsFailure() || passingAlongside ? pool.submit(() -> check(e, coverage)) : null);
            }
            for (int i = 0; i < entries.size(); i++) {
                if (failing.get(i) != null) {
                    out[i] = join(failing.get(i));
                    done.accept(out[i]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return List.of(out);
    }

    private static Outcome join(Future<Outcome> f) throws IOException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The coverage gate over the passing models among {@code outcomes} (run with coverage), grouped by the spec
     * each checks; {@code workDir} receives the standard modules SANY reads.
     */
    public static CoverageGate.Report coverage(List<Outcome> outcomes, Manifest manifest, Path specDir, Path workDir)
            throws IOException {
        Map<String, List<Outcome>> bySpec = new LinkedHashMap<>();
        List<CoverageGate.Gap> unmeasured = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.entry().expectsFailure()) {
                continue;
            }
            if (o.coverage() == null || o.entry().spec() == null) {
                unmeasured.add(new CoverageGate.Gap(String.valueOf(o.entry().spec()), "model " + o.entry().model()
                        + " reported no coverage (" + o.result().describe() + ")",
                        new SourceRange(o.entry().module(), 1, 1, 1, 1)));
                continue;
            }
            bySpec.computeIfAbsent(o.entry().spec(), s -> new ArrayList<>()).add(o);
        }
        SpecBranches branches = new SpecBranches(specDir, workDir);
        List<CoverageGate.SpecRuns> specs = new ArrayList<>();
        for (Map.Entry<String, List<Outcome>> s : bySpec.entrySet()) {
            List<TlcCoverage> runs = s.getValue().stream().map(Outcome::coverage).toList();
            specs.add(new CoverageGate.SpecRuns(s.getKey(), runs, branches.of(s.getValue().get(0).entry().module())));
        }
        CoverageGate.Report r = CoverageGate.check(specs, manifest.coverage().allow());
        if (unmeasured.isEmpty()) {
            return r;
        }
        List<CoverageGate.Gap> gaps = new ArrayList<>(unmeasured);
        gaps.addAll(r.gaps());
        return new CoverageGate.Report(gaps, r.allowed());
    }

    /** Null when the result matches the entry, otherwise what differs. */
    static String mismatch(Manifest.Entry e, TlcResult r) {
        if (!e.expected().equals(r.describe())) {
            return "expected " + e.expected() + ", got " + r.describe()
                    + (r.message() == null ? "" : " (" + r.message() + ")");
        }
        if (e.distinctStates() != r.distinctStates()) {
            return "distinct states: expected " + e.distinctStates() + ", got " + r.distinctStates();
        }
        if (e.depth() != r.depth()) {
            return "depth: expected " + e.depth() + ", got " + r.depth();
        }
        return null;
    }
}

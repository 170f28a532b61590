package defercheck.tlc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test support: TLC verdicts for many trace modules from few TLC processes. One-run modules that can share a
 * batch ({@link OneRunBatch}) are checked together, with {@code -continue} so that every run gets its own verdict
 * ({@link BatchVerdicts}); any other module, and a run the batch could not decide (TLC stopped early), is checked
 * alone. Two TLC processes run at a time, one worker each: the machine's two cores.
 */
public final class TlcBatches implements AutoCloseable {
    /**
     * What TLC said about one module: "success" or {@link TlcResult#describe()} of the first violation, TLC's
     * message, and how it was checked.
     */
    public record Verdict(String describe, String message, String how) { }

    private record Job(String label, Path tla, CompletableFuture<Verdict> verdict) { }

    private final Path specDir;
    private final Path work;
    private final long batchTimeout;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final List<Job> jobs = new ArrayList<>();
    private final AtomicInteger tlcRuns = new AtomicInteger();
    private final AtomicInteger batches = new AtomicInteger();

    /** Batches are written under {@code work}; a batch may take {@code batchTimeout} seconds of TLC. */
    public TlcBatches(Path specDir, Path work, long batchTimeout) {
        this.specDir = specDir;
        this.work = work;
        this.batchTimeout = batchTimeout;
    }

    /** Adds a module (with its cfg beside it); its verdict completes after {@link #start()}. */
    public CompletableFuture<Verdict> add(String label, Path tla) {
        Job j = new Job(label, tla, new CompletableFuture<>());
        jobs.add(j);
        return j.verdict();
    }

    /** Groups the modules added so far into batches and starts TLC on them. */
    public void start() throws IOException {
        Map<String, List<OneRunBatch.Read>> groups = new LinkedHashMap<>();
        Map<String, List<Job>> groupJobs = new LinkedHashMap<>();
        for (Job j : jobs) {
            Optional<OneRunBatch.Read> r = OneRunBatch.read(j.tla());
            if (r.isEmpty()) {
                pool.submit(() -> alone(j));
                continue;
            }
            groups.computeIfAbsent(r.get().key(), k -> new ArrayList<>()).add(r.get());
            groupJobs.computeIfAbsent(r.get().key(), k -> new ArrayList<>()).add(j);
        }
        for (Map.Entry<String, List<Job>> g : groupJobs.entrySet()) {
            List<Job> members = g.getValue();
            if (members.size() == 1) {
                pool.submit(() -> alone(members.get(0)));
                continue;
            }
            String name = "Batch" + batches.incrementAndGet();
            Path dir = Files.createDirectories(work.resolve(name));
            Path tla = OneRunBatch.write(groups.get(g.getKey()), members.stream().map(Job::label).toList(),
                    dir.resolve(name + ".tla"));
            long states = groups.get(g.getKey()).stream().mapToLong(r -> r.parts().maxSteps() + 1L).sum();
            pool.submit(() -> batch(name, tla, members, states));
        }
        jobs.clear();
    }

    /** Checks one module on its own, now: to confirm what a batch said about it (not counted in tlcRuns()). */
    public Verdict confirm(Path tla) throws IOException, InterruptedException {
        TraceValidation.Result r = TraceValidation.validate(tla, specDir, 120);
        return new Verdict(r.tlc().describe(), r.tlc().message(), "alone");
    }

    /** TLC processes started for the modules added (batches, modules alone, runs a batch left undecided). */
    public int tlcRuns() {
        return tlcRuns.get();
    }

    /** Batch modules written so far. */
    public int batches() {
        return batches.get();
    }

    private void alone(Job j) {
        try {
            tlcRuns.incrementAndGet();
            j.verdict().complete(confirm(j.tla()));
        } catch (Throwable e) {
            j.verdict().completeExceptionally(e);
        }
    }

    private void batch(String name, Path tla, List<Job> members, long states) {
        try {
            tlcRuns.incrementAndGet();
            BatchVerdicts v = BatchVerdicts.check(tla, specDir, batchTimeout, states);
            String how = name + " (" + members.size() + " runs, one TLC run)";
            for (int k = 1; k <= members.size(); k++) {
                String d = v.verdict(k);
                Job j = members.get(k - 1);
                if (d != null) {
                    j.verdict().complete(new Verdict(d, v.messages().get(k), how + ", run " + k));
                } else {
                    alone(j);  // TLC stopped before it could decide this run: ask its own module
                }
            }
        } catch (Throwable e) {
            members.forEach(j -> j.verdict().completeExceptionally(e));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

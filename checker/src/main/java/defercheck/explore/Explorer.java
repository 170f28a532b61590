package defercheck.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Checks every rank of {@code [from, to)} of a program space on several threads. Work goes out in chunks
 * in rank order; a coordinator folds finished chunks into a contiguous watermark, which is what the
 * checkpoint records, so a resumed run re-checks at most the chunks in flight and reaches the same totals.
 * In stop-at-first mode the run finishes every rank below the smallest divergence found, so the first
 * counterexample reported is the smallest in the space's order, whatever the thread count.
 */
public final class Explorer {
    static final int CHUNK = 4096;
    private final Bound bound;
    private final Supplier<ProgramCheck> checks;
    private final int threads;
    private final boolean stopAtFirst;
    private final AtomicLong schedules = new AtomicLong();

    public Explorer(Bound bound, Supplier<ProgramCheck> checks, int threads, boolean stopAtFirst) {
        this.bound = bound;
        this.checks = checks;
        this.threads = threads;
        this.stopAtFirst = stopAtFirst;
    }

    /** One chunk's result: programs checked, divergences, smallest divergent rank or -1. */
    private record ChunkResult(long programs, long divergences, long first) { }

    /** {@code key} names the run in {@code checkpointFile}; both are null for a run that keeps no checkpoint. */
    public Summary run(long from, long to, Path checkpointFile, CheckpointKey key, Progress progress,
                       java.util.List<String> names) throws IOException {
        long start = System.currentTimeMillis();
        schedules.set(0);
        Checkpoint resumed = checkpointFile == null ? null : Checkpoint.read(checkpointFile, key);
        long watermark = resumed == null ? from : resumed.watermark();
        long programs = resumed == null ? 0 : resumed.programs();
        long divergences = resumed == null ? 0 : resumed.divergences();
        long first = resumed == null ? -1 : resumed.firstDivergence();
        if (stopAtFirst && first >= 0) {
            return new Summary(bound.name(), "", names, from, to, programs, divergences, first, 0);
        }
        long base = watermark;
        long chunks = (to - base + CHUNK - 1) / CHUNK;
        AtomicLong next = new AtomicLong();
        AtomicLong stopAt = new AtomicLong(Long.MAX_VALUE);
        ConcurrentHashMap<Long, ChunkResult> done = new ConcurrentHashMap<>();
        defercheck.ir.Type.load(); // before the workers, which may build machines at once
        Thread[] workers = new Thread[threads];
        RuntimeException[] failure = new RuntimeException[1];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                try {
                    work(base, to, chunks, next, stopAt, done);
                } catch (RuntimeException e) {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                    stopAt.set(-1);
                }
            }, "explorer-" + t);
            workers[t].setDaemon(true);
            workers[t].start();
        }
        long folded = 0;
        long lastReport = 0;
        while (true) {
            boolean alive = false;
            for (Thread w : workers) {
                alive |= w.isAlive();
            }
            ChunkResult r;
            while (!(stopAtFirst && first >= 0) && (r = done.remove(folded)) != null) {
                programs += r.programs;
                divergences += r.divergences;
                if (first < 0 && r.first >= 0) {
                    first = r.first;
                }
                folded++;
                watermark = Math.min(to, base + folded * CHUNK);
                if (stopAtFirst && first >= 0) {
                    watermark = first + 1;
                }
            }
            long now = System.currentTimeMillis();
            boolean finished = folded == chunks || (stopAtFirst && first >= 0) || !alive;
            if (checkpointFile != null && (finished || now - lastReport >= 1000)) {
                new Checkpoint(key, watermark, programs, divergences, first).write(checkpointFile);
            }
            if (finished || now - lastReport >= 250) {
                progress.update(watermark - from, to - from, now - start);
                lastReport = now;
            }
            if (finished) {
                break;
            }
            sleep();
        }
        stopAt.set(-1);
        if (failure[0] != null) {
            throw failure[0];
        }
        return new Summary(bound.name(), "", names, from, to, programs, divergences, first,
                System.currentTimeMillis() - start);
    }

    /**
     * The schedules the last {@link #run} explored, over its programs with goroutines (each such program's
     * schedules, counted once, on the abstract semantics); 0 for a bound without goroutines.
     */
    public long schedules() {
        return schedules.get();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted"));
        }
    }

    private void work(long base, long to, long chunks, AtomicLong next, AtomicLong stopAt,
                      ConcurrentHashMap<Long, ChunkResult> done) {
        ProgramSpace space = new ProgramSpace(bound);
        ProgramCheck check = checks.get();
        ProgramCursor cursor = new ProgramCursor(space);
        while (true) {
            long c = next.getAndIncrement();
            long lo = base + c * CHUNK;
            if (c >= chunks || lo > stopAt.get()) {
                schedules.addAndGet(check.schedules());
                return;
            }
            long hi = Math.min(to, lo + CHUNK);
            long programs = 0;
            long divergences = 0;
            long first = -1;
            cursor.seek(lo);
            for (long rank = lo; rank < hi; rank++) {
                programs++;
                if (!check.agrees(cursor.tokens(), cursor.length())) {
                    divergences++;
                    if (first < 0) {
                        first = rank;
                    }
                    if (stopAtFirst) {
                        stopAt.accumulateAndGet(rank, Math::min);
                        break;
                    }
                }
                if (rank + 1 < hi) {
                    cursor.advance();
                }
            }
            done.put(c, new ChunkResult(programs, divergences, first));
        }
    }
}

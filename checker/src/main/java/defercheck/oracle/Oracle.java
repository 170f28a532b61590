package defercheck.oracle;

import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.GoPrinter;
import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The differential oracle: programs of a bound, printed as Go, built in batches by an implementation
 * ({@link Implementation}) and run, against the model under the implementation's language version. While the
 * cases of one batch run (on {@code workers} threads), the next batches build, so the builds and the runs
 * share the cores.
 */
public final class Oracle {

    /** What to check. {@code count} programs, seeded random ranks or (exhaustive) ranks 0, 1, 2, .... */
    public record Config(Implementation impl, Bound bound, long count, long seed, boolean exhaustive, int batchSize,
                         int workers, int timeoutSeconds, boolean fresh, boolean keep, Path work) { }

    /**
     * Totals; {@code millis} is wall time for everything, building included; {@code byQuirk} counts the
     * programs each quirk was needed for (a program may need several); {@code buildMillis}, {@code runMillis}
     * and {@code checkMillis} sum the wall time of each batch's build (overlapping the runs and each other), of
     * running its cases and of checking them against the model; {@code cpuMillis} is the CPU time of the JVM and
     * every process it waited for (builds and runs), {@code jvmCpuMillis} the JVM's own, where /proc says so,
     * else -1.
     */
    public record Summary(String impl, String version, String bound, long programs, long agreements, long quirks,
                          Map<String, Long> byQuirk, long batchOnly, long knownBugs, long unexplained,
                          Map<Integer, Long> byBug, long millis, long buildMillis, long runMillis, long checkMillis,
                          long batches, long processes, long cpuMillis, long jvmCpuMillis) {
        public double programsPerSecond() {
            return millis == 0 ? 0 : programs * 1000.0 / millis;
        }
    }

    /**
     * Batches built at once, ahead of the one running: a build alone does not keep two cores busy (type
     * checking and linking are mostly serial), so two overlapping builds finish sooner than two in turn.
     */
    static final int BUILDS_AHEAD = 2;

    private final Config config;
    private final Processes processes;
    private final CaseCheck check;
    private final CaseRunner runner;

    public Oracle(Config config) {
        this.config = config;
        this.processes = new Processes(config.timeoutSeconds(), config.impl().blockedAfterMillis());
        this.check = new CaseCheck(config.impl());
        this.runner = new CaseRunner(config.impl(), processes, config.work());
    }

    /**
     * Runs the model once on this thread before the workers start. The model's classes have an initialisation
     * cycle (defercheck.ir.Type's constants build a Type.Func, whose initialisation needs Type's): when two
     * workers reach them first at the same time, each waits for the other's class initialisation forever, as a
     * run on this machine did. One program checked here initialises them all on one thread.
     */
    private void initialiseModel(ProgramSpace space) {
        CoreProgram p = space.program(0);
        check.model(p, GoPrinter.print(p));
    }

    /**
     * Makes ProcessBuilder use vfork instead of posix_spawn through jspawnhelper: one exec instead of two,
     * which measured 1.6x more cases per second here. Only effective before the JVM's first process start.
     */
    public static void fastProcessLaunch() {
        if (System.getProperty("jdk.lang.Process.launchMechanism") == null) {
            System.setProperty("jdk.lang.Process.launchMechanism", "VFORK");
        }
    }

    public Implementation impl() {
        return config.impl();
    }

    /** Runs {@code p} on its own and decides it, without a batch: what reduction asks of each candidate. */
    public CaseResult checkAlone(CoreProgram p) throws IOException, InterruptedException {
        String source = GoPrinter.print(p);
        return check.check(-1, p, source, runner.alone(p, source), null);
    }

    /** Runs {@code source} on its own with both streams in one file, so their writes keep their order. */
    Processes.Proc runMerged(String source) throws IOException, InterruptedException {
        return runner.aloneMerged(source);
    }

    /**
     * Builds, runs and checks the configured programs batch by batch, each step after the other, and says what
     * each cost in all ({@link Limit}); the results are not kept. A batch of the programs after them is built, run
     * and checked first and not measured, so that the JVM has compiled the oracle's own code.
     */
    public Limit measureLimit() throws IOException, InterruptedException {
        ProgramSpace space = new ProgramSpace(config.bound());
        long total = config.exhaustive() ? Math.min(config.count(), space.size()) : config.count();
        SplittableRandom rnd = new SplittableRandom(config.seed());
        List<List<Long>> batches = new ArrayList<>();
        for (long next = 0; next < total; next += batches.get(batches.size() - 1).size()) {
            batches.add(nextRanks(space, rnd, next, total));
        }
        // In rank order the programs after them may run past the bound: then the first batch warms up.
        List<Long> warmup = config.exhaustive() && total + config.batchSize() > space.size() ? batches.get(0)
                : nextRanks(space, rnd, total, total + config.batchSize());
        Files.createDirectories(config.work());
        initialiseModel(space);
        ExecutorService workers = Executors.newFixedThreadPool(config.workers(), daemon("oracle-case"));
        try {
            Pending w = prepare(space, warmup, 0).call();
            checkAll(w, observeAll(w, workers), workers);
            deleteTree(w.built().dir());
            Limit sum = new Limit(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            for (int i = 0; i < batches.size(); i++) {
                sum = sum.plus(measureBatch(space, batches.get(i), i + 1, workers));
            }
            return sum;
        } catch (IOException | InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        } finally {
            workers.shutdownNow();
        }
    }

    /** One batch built, run and checked, one step after the other, with what each step cost. */
    private Limit measureBatch(ProgramSpace space, List<Long> ranks, int batchNo, ExecutorService workers)
            throws Exception {
        long[] t = new long[4];
        long[] cpu = new long[4];
        long[] jvm = new long[4];
        mark(t, cpu, jvm, 0);
        Pending b = prepare(space, ranks, batchNo).call();
        mark(t, cpu, jvm, 1);
        long started = processes.started();
        CaseResult.Observed[] real = observeAll(b, workers);
        mark(t, cpu, jvm, 2);
        checkAll(b, real, workers);
        mark(t, cpu, jvm, 3);
        if (!config.keep()) {
            deleteTree(b.built().dir());
        }
        return new Limit(ranks.size(), (t[1] - t[0]) / 1_000_000, cpu[1] - cpu[0], jvm[1] - jvm[0],
                (t[2] - t[1]) / 1_000_000, cpu[2] - cpu[1], jvm[2] - jvm[1], (t[3] - t[2]) / 1_000_000,
                cpu[3] - cpu[2], processes.started() - started);
    }

    private static void mark(long[] nanos, long[] cpu, long[] jvm, int i) {
        nanos[i] = System.nanoTime();
        cpu[i] = CpuTime.ofThisProcessAndChildren();
        jvm[i] = CpuTime.ofThisProcess();
    }

    /** Checks the configured programs; {@code sink} sees every case, in order. */
    public Summary run(Consumer<CaseResult> sink) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long cpuStart = CpuTime.ofThisProcessAndChildren();
        long jvmStart = CpuTime.ofThisProcess();
        ProgramSpace space = new ProgramSpace(config.bound());
        long total = config.exhaustive() ? Math.min(config.count(), space.size()) : config.count();
        SplittableRandom rnd = new SplittableRandom(config.seed());
        Files.createDirectories(config.work());
        initialiseModel(space);
        ExecutorService builder = Executors.newFixedThreadPool(BUILDS_AHEAD, daemon("oracle-build"));
        ExecutorService workers = Executors.newFixedThreadPool(config.workers(), daemon("oracle-case"));
        Tally tally = new Tally();
        try {
            long next = 0;
            int batchNo = 0;
            ArrayDeque<Future<Pending>> queue = new ArrayDeque<>();
            while (true) {
                while (queue.size() < BUILDS_AHEAD && next < total) {
                    List<Long> ranks = nextRanks(space, rnd, next, total);
                    next += ranks.size();
                    queue.add(builder.submit(prepare(space, ranks, batchNo++)));
                }
                if (queue.isEmpty()) {
                    break;
                }
                finish(get(queue.poll()), workers, tally, sink);
            }
        } finally {
            builder.shutdownNow();
            workers.shutdownNow();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuEnd = CpuTime.ofThisProcessAndChildren();
        long jvmEnd = CpuTime.ofThisProcess();
        Implementation impl = config.impl();
        return new Summary(impl.name(), impl.version(), config.bound().name(), tally.programs(), tally.agreements,
                tally.quirks, tally.byQuirk, tally.batchOnly, tally.known, tally.unexplained, tally.byBug, millis,
                tally.buildMillis, tally.runMillis, tally.checkMillis, tally.batches, processes.started(),
                cpuStart < 0 || cpuEnd < 0 ? -1 : cpuEnd - cpuStart, jvmStart < 0 ? -1 : jvmEnd - jvmStart);
    }

    /** Runs and checks a built batch, counts and hands on its cases, and removes it. */
    private void finish(Pending batch, ExecutorService workers, Tally tally, Consumer<CaseResult> sink)
            throws IOException, InterruptedException {
        tally.buildMillis += batch.built().millis();
        tally.batches++;
        for (CaseResult r : runCases(batch, workers, tally)) {
            tally.count(r);
            sink.accept(r);
        }
        if (!config.keep()) {
            deleteTree(batch.built().dir());
        }
    }

    /** Running counts of verdicts. */
    private static final class Tally {
        long agreements;
        long quirks;
        long known;
        long batchOnly;
        long unexplained;
        long buildMillis;
        long runMillis;
        long checkMillis;
        long batches;
        final Map<Integer, Long> byBug = new TreeMap<>();
        final Map<String, Long> byQuirk = new TreeMap<>();

        void count(CaseResult r) {
            if (r.agrees()) {
                agreements++;
            } else if (r.agreesThroughQuirks()) {
                quirks++;
                r.quirks().forEach(q -> byQuirk.merge(q, 1L, Long::sum));
            } else if (r.knownBug() != null) {
                known++;
                byBug.merge(r.knownBug().issue(), 1L, Long::sum);
            } else if (r.batchOnly()) {
                batchOnly++;
            } else {
                unexplained++;
            }
        }

        long programs() {
            return agreements + quirks + known + batchOnly + unexplained;
        }
    }

    private List<Long> nextRanks(ProgramSpace space, SplittableRandom rnd, long next, long total) {
        List<Long> out = new ArrayList<>();
        for (long i = next; i < total && out.size() < config.batchSize(); i++) {
            out.add(config.exhaustive() ? i : rnd.nextLong(space.size()));
        }
        return out;
    }

    /** A batch that is built (or being built), with its programs. */
    private record Pending(List<Long> ranks, List<CoreProgram> programs, List<String> sources,
                           Implementation.Built built) { }

    private Callable<Pending> prepare(ProgramSpace space, List<Long> ranks, int batchNo) {
        List<CoreProgram> programs = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (long r : ranks) {
            CoreProgram p = space.program(r);
            programs.add(p);
            sources.add(GoPrinter.print(p));
        }
        Path dir = config.work().resolve("batch" + batchNo);
        return () -> new Pending(ranks, programs, sources, config.impl().build(dir, sources));
    }

    private List<CaseResult> runCases(Pending b, ExecutorService workers, Tally tally)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        CaseResult.Observed[] real = observeAll(b, workers);
        long ran = System.nanoTime();
        tally.runMillis += (ran - started) / 1_000_000;
        List<CaseResult> out = checkAll(b, real, workers);
        tally.checkMillis += (System.nanoTime() - ran) / 1_000_000;
        return out;
    }

    /** Runs every case of a built batch, in processes reused until a case ends one (or one each, --fresh). */
    private CaseResult.Observed[] observeAll(Pending b, ExecutorService workers)
            throws IOException, InterruptedException {
        int n = b.ranks().size();
        CaseResult.Observed[] real = new CaseResult.Observed[n];
        List<Future<?>> runs = new ArrayList<>();
        if (config.fresh()) {
            for (int k = 0; k < n; k++) {
                final int c = k;
                runs.add(workers.submit(() -> {
                    real[c] = runner.one(b.built(), c);
                    return null;
                }));
            }
        } else {
            int per = config.impl().casesPerProcess();
            int chunk = per > 0 ? per : Math.max(1, Math.min(50, (n + 4 * config.workers() - 1) / (4 * config.workers())));
            for (int from = 0; from < n; from += chunk) {
                final int f = from;
                final int to = Math.min(n, from + chunk);
                runs.add(workers.submit(() -> {
                    runner.sequence(b.built(), f, to, real);
                    return null;
                }));
            }
        }
        for (Future<?> f : runs) {
            get(f);
        }
        return real;
    }

    /** Decides every case of a batch against the model, on the workers. */
    private List<CaseResult> checkAll(Pending b, CaseResult.Observed[] real, ExecutorService workers)
            throws IOException, InterruptedException {
        int n = b.ranks().size();
        List<Future<CaseResult>> checks = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            final int c = k;
            checks.add(workers.submit(() -> check.check(b.ranks().get(c), b.programs().get(c), b.sources().get(c),
                    real[c], runner::alone)));
        }
        List<CaseResult> out = new ArrayList<>();
        for (Future<CaseResult> f : checks) {
            out.add(get(f));
        }
        return out;
    }

    static <T> T get(Future<T> f) throws IOException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            } else if (c instanceof RuntimeException re) {
                throw re;
            } else if (c instanceof Error er) {
                throw er;
            }
            throw new IOException(c);
        }
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

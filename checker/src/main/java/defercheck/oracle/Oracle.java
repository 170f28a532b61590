package defercheck.oracle;

import defercheck.coreprogram.CoreLowering;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.GoPrinter;
import defercheck.explore.Bound;
import defercheck.explore.MachineSuite;
import defercheck.explore.ProgramSpace;
import defercheck.ir.Program;
import defercheck.plan.DeferPlanner;
import defercheck.plan.PlanPrinter;
import defercheck.runtime.Comparison;
import defercheck.runtime.MachineRun;
import defercheck.runtime.Strategy;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.semantics.StderrNormalizer;
import defercheck.source.GoVersion;
import defercheck.toolchain.GoToolchain;
import defercheck.toolchain.KnownBug;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The differential oracle: programs of a bound, printed as Go, built in batches by a real toolchain and run
 * one process per case, against the model under the toolchain's version. While the cases of one batch run
 * (on {@code workers} threads), the next batch builds, so the compiler and the binaries share the cores.
 */
public final class Oracle {

    /** What to check. {@code count} programs, seeded random ranks or (exhaustive) ranks 0, 1, 2, .... */
    public record Config(GoToolchain go, Bound bound, long count, long seed, boolean exhaustive, int batchSize,
                         int workers, int timeoutSeconds, boolean fresh, boolean keep, Path work) { }

    /** Totals; {@code millis} is wall time for everything, building included. */
    public record Summary(String goVersion, String bound, long programs, long agreements, long batchOnly, long knownBugs,
                          long unexplained, Map<Integer, Long> byBug, long millis, long buildMillis, long processes) {
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
    private final GoVersion version;
    private final java.util.concurrent.atomic.AtomicLong processes = new java.util.concurrent.atomic.AtomicLong();

    public Oracle(Config config) {
        this.config = config;
        if (config.go().minor() < GoVersion.OLDEST || config.go().minor() > GoVersion.NEWEST) {
            throw new IllegalArgumentException("go" + config.go().version() + " is outside the model's versions 1."
                    + GoVersion.OLDEST + " to 1." + GoVersion.NEWEST);
        }
        this.version = new GoVersion(config.go().minor());
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

    public GoVersion version() {
        return version;
    }

    /** Checks the configured programs; {@code sink} sees every case, in order. */
    public Summary run(Consumer<CaseResult> sink) throws IOException, InterruptedException {
        long start = System.nanoTime();
        ProgramSpace space = new ProgramSpace(config.bound());
        long total = config.exhaustive() ? Math.min(config.count(), space.size()) : config.count();
        SplittableRandom rnd = new SplittableRandom(config.seed());
        Files.createDirectories(config.work());
        ExecutorService builder = Executors.newFixedThreadPool(BUILDS_AHEAD, daemon("oracle-build"));
        ExecutorService workers = Executors.newFixedThreadPool(config.workers(), daemon("oracle-case"));
        long agreements = 0;
        long known = 0;
        long batchOnly = 0;
        long unexplained = 0;
        long buildMillis = 0;
        Map<Integer, Long> byBug = new java.util.TreeMap<>();
        try {
            long next = 0;
            int batchNo = 0;
            java.util.ArrayDeque<Future<Pending>> queue = new java.util.ArrayDeque<>();
            while (true) {
                while (queue.size() < BUILDS_AHEAD && next < total) {
                    List<Long> ranks = nextRanks(space, rnd, next, total);
                    next += ranks.size();
                    queue.add(builder.submit(prepare(space, ranks, batchNo++)));
                }
                if (queue.isEmpty()) {
                    break;
                }
                Pending current = get(queue.poll());
                buildMillis += current.built().millis();
                for (CaseResult r : runCases(current, workers)) {
                    if (r.agrees()) {
                        agreements++;
                    } else if (r.batchOnly()) {
                        batchOnly++;
                    } else if (r.knownBug() != null) {
                        known++;
                        byBug.merge(r.knownBug().issue(), 1L, Long::sum);
                    } else {
                        unexplained++;
                    }
                    sink.accept(r);
                }
                if (!config.keep()) {
                    deleteTree(current.built().batch().dir());
                }
            }
        } finally {
            builder.shutdownNow();
            workers.shutdownNow();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Summary("go" + config.go().version(), config.bound().name(),
                agreements + batchOnly + known + unexplained, agreements, batchOnly, known, unexplained, byBug, millis, buildMillis, processes.get());
    }

    private List<Long> nextRanks(ProgramSpace space, SplittableRandom rnd, long next, long total) {
        List<Long> out = new ArrayList<>();
        for (long i = next; i < total && out.size() < config.batchSize(); i++) {
            out.add(config.exhaustive() ? i : rnd.nextLong(space.size()));
        }
        return out;
    }

    /** A batch that is built (or being built), with its programs. */
    private record Pending(List<Long> ranks, List<CoreProgram> programs, List<String> sources, Batch.Built built) { }

    private java.util.concurrent.Callable<Pending> prepare(ProgramSpace space, List<Long> ranks, int batchNo) {
        List<CoreProgram> programs = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (long r : ranks) {
            CoreProgram p = space.program(r);
            programs.add(p);
            sources.add(GoPrinter.print(p));
        }
        Path dir = config.work().resolve("batch" + batchNo);
        return () -> new Pending(ranks, programs, sources, Batch.build(config.go(), dir, sources));
    }

    private List<CaseResult> runCases(Pending b, ExecutorService workers) throws IOException, InterruptedException {
        int n = b.ranks().size();
        CaseResult.Observed[] real = new CaseResult.Observed[n];
        List<Future<?>> runs = new ArrayList<>();
        if (config.fresh()) {
            for (int k = 0; k < n; k++) {
                final int c = k;
                runs.add(workers.submit(() -> {
                    real[c] = runAlone(b.built().batch(), c, b.built().plans()[c]);
                    return null;
                }));
            }
        } else {
            int chunk = Math.max(1, Math.min(50, (n + 4 * config.workers() - 1) / (4 * config.workers())));
            for (int from = 0; from < n; from += chunk) {
                final int f = from;
                final int to = Math.min(n, from + chunk);
                runs.add(workers.submit(() -> {
                    runSequence(b.built().batch(), f, to, b.built().plans(), real);
                    return null;
                }));
            }
        }
        for (Future<?> f : runs) {
            get(f);
        }
        List<Future<CaseResult>> checks = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            final int c = k;
            checks.add(workers.submit(() -> check(b, c, real[c])));
        }
        List<CaseResult> out = new ArrayList<>();
        for (Future<CaseResult> f : checks) {
            out.add(get(f));
        }
        return out;
    }

    private CaseResult check(Pending b, int k, CaseResult.Observed real) throws IOException, InterruptedException {
        CoreProgram p = b.programs().get(k);
        String source = b.sources().get(k);
        Program ir = CoreLowering.lower(p, version, source);
        String plan = PlanPrinter.render(DeferPlanner.sites(ir, version), "prog.go");
        MachineRun machine = Comparison.runMachine(ir, version, MachineSuite.LIMITS, Strategy.real(ir, version));
        Outcome abs = new AbstractMachine(ir, version, MachineSuite.LIMITS, MachineListener.NONE).run();
        CaseResult.Observed model = observed(machine.outcome(), plan);
        CaseResult.Observed abstractModel = observed(abs, plan);
        List<String> differs = new ArrayList<>();
        compare(real, model, "", differs);
        compare(real, abstractModel, "abstract ", differs);
        if (!real.plan().equals(plan)) {
            differs.add("plan");
        }
        KnownBug bug = differs.isEmpty() ? null : KnownBugShapes.explain(p, config.go().minor(), real, abstractModel).orElse(null);
        CaseResult.Observed alone = null;
        if (!differs.isEmpty()) {
            Path dir = config.work().resolve("standalone-" + b.ranks().get(k));
            GoToolchain.Run r = config.go().buildAndRun(source, dir);
            alone = new CaseResult.Observed(r.exit(), r.stdout(), StderrNormalizer.normalize(r.stderr()), r.stderr(),
                    real.plan());
            deleteTree(dir);
        }
        return new CaseResult(b.ranks().get(k), p, source, real, model, abstractModel, List.copyOf(differs), bug, alone);
    }

    private static CaseResult.Observed observed(Outcome o, String plan) {
        return new CaseResult.Observed(o.exitCode(), o.stdout(), StderrNormalizer.normalize(o.stderr()), o.stderr(), plan);
    }

    private static void compare(CaseResult.Observed real, CaseResult.Observed model, String who, List<String> differs) {
        if (real.exit() != model.exit()) {
            differs.add(who + "exit");
        }
        if (!real.stdout().equals(model.stdout())) {
            differs.add(who + "stdout");
        }
        if (!real.stderr().equals(model.stderr())) {
            differs.add(who + "stderr");
        }
    }

    /** A finished process of a batch binary. */
    private record Proc(int exit, String stdout, String stderr, boolean timedOut) { }

    private Proc exec(Batch batch, String... args) throws IOException, InterruptedException {
        String tag = Thread.currentThread().getName();
        File out = batch.dir().resolve(tag + ".out").toFile();
        File err = batch.dir().resolve(tag + ".err").toFile();
        List<String> cmd = new ArrayList<>();
        cmd.add(batch.binary().toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(batch.dir().toFile())
                .redirectOutput(out).redirectError(err).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = pb.environment();
        env.remove("GOTRACEBACK");
        env.remove("GODEBUG");
        Process p = pb.start();
        processes.incrementAndGet();
        boolean done = p.waitFor(config.timeoutSeconds(), TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        return new Proc(done ? p.exitValue() : -1, Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8), !done);
    }

    private CaseResult.Observed observedReal(int exit, String stdout, String stderr, boolean timedOut, String plan) {
        String err = timedOut ? stderr + "\n[defercheck oracle: killed after " + config.timeoutSeconds() + " s]\n" : stderr;
        return new CaseResult.Observed(timedOut ? -1 : exit, stdout, StderrNormalizer.normalize(err), err, plan);
    }

    /** Runs case {@code k} of the batch's binary as its own process, with a timeout. */
    private CaseResult.Observed runAlone(Batch batch, int k, String plan) throws IOException, InterruptedException {
        Proc p = exec(batch, Integer.toString(k));
        return observedReal(p.exit(), p.stdout(), p.stderr(), p.timedOut(), plan);
    }

    /**
     * Runs cases {@code [from, to)} in as few processes as they allow: a process runs them in turn until one
     * ends it; the next process starts after that case. See {@link Batch#dispatcher}.
     */
    private void runSequence(Batch batch, int from, int to, String[] plans, CaseResult.Observed[] real)
            throws IOException, InterruptedException {
        int k = from;
        while (k < to) {
            Proc p = exec(batch, Integer.toString(k), Integer.toString(to));
            Map<Integer, String[]> outs = Frames.split(p.stdout());
            Map<Integer, String[]> errs = Frames.split(p.stderr());
            int last = -1;
            for (Map.Entry<Integer, String[]> e : outs.entrySet()) {
                int c = e.getKey();
                String[] o = e.getValue();
                String[] er = errs.getOrDefault(c, new String[] {"", null});
                boolean returned = o[1] != null && er[1] != null;
                real[c] = returned ? observedReal(0, o[0], er[0], false, plans[c])
                        : observedReal(p.exit(), o[0], er[0], p.timedOut(), plans[c]);
                last = Math.max(last, c);
            }
            if (last < k) {
                throw new IOException("case " + k + " of " + batch.dir() + " did not start (exit " + p.exit() + "): "
                        + p.stderr());
            }
            k = last + 1;
        }
    }

    private static <T> T get(Future<T> f) throws IOException, InterruptedException {
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

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
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

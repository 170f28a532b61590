package defercheck.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Go toolchain installed by Debian under /usr/lib/go-1.NN. Builds a program as a module whose
 * go.mod names the toolchain's version (the language version decides panic(nil) and loop variables),
 * then runs the binary.
 */
record GoToolchain(int minor, Path home) {

    static final int[] KNOWN = {19, 21, 22, 23};

    record Run(int exit, String stdout, String stderr) { }

    static List<GoToolchain> installed() {
        List<GoToolchain> out = new ArrayList<>();
        for (int m : KNOWN) {
            Path home = Paths.get("/usr/lib/go-1." + m);
            if (Files.isExecutable(home.resolve("bin/go"))) {
                out.add(new GoToolchain(m, home));
            }
        }
        return out;
    }

    String version() {
        return "1." + minor;
    }

    Path testDir() {
        return home.resolve("test");
    }

    /** Builds {@code source} as prog.go in a fresh module and runs it with a timeout. */
    Run buildAndRun(String source, Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Files.writeString(work.resolve("go.mod"), "module prog\n\ngo " + version() + "\n");
        Files.writeString(work.resolve("prog.go"), source);
        Run build = exec(work, 120, home.resolve("bin/go").toString(), "build", "-o", "prog", ".");
        if (build.exit() != 0) {
            throw new IOException("go" + version() + " build failed:\n" + build.stderr());
        }
        return exec(work, 60, work.resolve("prog").toString());
    }

    /**
     * Builds every program as its own main package of one module with {@code -gcflags=-d=defer} and
     * returns the compiler's plan lines per program, each as {@code prog.go:LINE:COL: ...}.
     */
    List<String> deferPlans(List<String> sources, Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Files.writeString(work.resolve("go.mod"), "module prog\n\ngo " + version() + "\n");
        for (int i = 0; i < sources.size(); i++) {
            Path dir = work.resolve(String.format("p%04d", i));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("prog.go"), sources.get(i));
        }
        Run build = exec(work, 600, home.resolve("bin/go").toString(), "build", "-gcflags=-d=defer", "./...");
        if (build.exit() != 0) {
            throw new IOException("go" + version() + " build failed:\n" + build.stderr());
        }
        StringBuilder[] plans = new StringBuilder[sources.size()];
        for (int i = 0; i < plans.length; i++) {
            plans[i] = new StringBuilder();
        }
        for (String line : build.stderr().split("\n")) {
            if (line.length() > 6 && line.charAt(0) == 'p' && line.startsWith("/prog.go:", 5)) {
                plans[Integer.parseInt(line.substring(1, 5))].append(line.substring(6)).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder b : plans) {
            out.add(b.toString());
        }
        return out;
    }

    private Run exec(Path dir, int seconds, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.put("GOTOOLCHAIN", "local");
        env.put("GOPROXY", "off");
        env.put("GOFLAGS", "");
        env.put("CGO_ENABLED", "0");
        env.put("GOCACHE", Paths.get(System.getProperty("java.io.tmpdir"), "defercheck-gocache").toString());
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", cmd) + " timed out after " + seconds + "s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}

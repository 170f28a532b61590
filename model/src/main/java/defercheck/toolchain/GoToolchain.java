package defercheck.toolchain;

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
 * A real Go toolchain, e.g. one installed by Debian under /usr/lib/go-1.NN. Builds a program as a module
 * whose go.mod names the toolchain's version (the language version decides panic(nil) and loop variables),
 * then runs the binary. Every go command runs with GOTOOLCHAIN=local, GOPROXY=off, GOFLAGS empty,
 * CGO_ENABLED=0 and a build cache under the temporary directory.
 *
 * @param minor the 1.N release
 * @param home  GOROOT (the directory holding bin/go)
 */
public record GoToolchain(int minor, Path home) {

    public static final int[] KNOWN = {19, 21, 22, 23};

    /** A finished process: exit code and both streams, as byte strings (one char per byte). */
    public record Run(int exit, String stdout, String stderr) { }

    /** The Debian toolchains of {@link #KNOWN} that are installed. */
    public static List<GoToolchain> installed() {
        List<GoToolchain> out = new ArrayList<>();
        for (int m : KNOWN) {
            Path home = Paths.get("/usr/lib/go-1." + m);
            if (Files.isExecutable(home.resolve("bin/go"))) {
                out.add(new GoToolchain(m, home));
            }
        }
        return out;
    }

    /**
     * The toolchain whose go command is {@code goBin}; its release comes from {@code go env GOVERSION}
     * (e.g. {@code go1.23.4} gives 23), its home from {@code go env GOROOT}.
     */
    public static GoToolchain fromBinary(Path goBin) throws IOException, InterruptedException {
        Path bin = goBin.toAbsolutePath();
        Path cwd = Paths.get(System.getProperty("java.io.tmpdir"));
        Run r = exec(cwd, 60, bin.toString(), "env", "GOVERSION", "GOROOT");
        String[] lines = r.stdout().strip().split("\n");
        if (r.exit() != 0 || lines.length < 2 || !lines[0].startsWith("go1.")) {
            throw new IOException(bin + " env GOVERSION GOROOT failed (exit " + r.exit() + "): " + r.stdout() + r.stderr());
        }
        String rest = lines[0].substring("go1.".length());
        int end = 0;
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        if (end == 0) {
            throw new IOException("cannot read a Go release from GOVERSION " + lines[0]);
        }
        return new GoToolchain(Integer.parseInt(rest.substring(0, end)), Paths.get(lines[1].strip()));
    }

    public String version() {
        return "1." + minor;
    }

    public Path goBinary() {
        return home.resolve("bin/go");
    }

    public Path testDir() {
        return home.resolve("test");
    }

    /** Writes the go.mod of a module named {@code prog} whose go line is this toolchain's version. */
    public void writeGoMod(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("go.mod"), "module prog\n\ngo " + version() + "\n");
    }

    /** Builds {@code source} as prog.go in a fresh module and runs it with a timeout. */
    public Run buildAndRun(String source, Path work) throws IOException, InterruptedException {
        writeGoMod(work);
        Files.writeString(work.resolve("prog.go"), source);
        Run build = exec(work, 120, goBinary().toString(), "build", "-o", "prog", ".");
        if (build.exit() != 0) {
            throw new IOException("go" + version() + " build failed:\n" + build.stderr());
        }
        return exec(work, 60, work.resolve("prog").toString());
    }

    /** Runs a built binary in {@code dir} with this class's environment, no stdin and a timeout. */
    public Run runBinary(Path exe, Path dir, int seconds) throws IOException, InterruptedException {
        return exec(dir, seconds, exe.toString());
    }

    /** Runs {@code go ARGS...} in {@code dir} with this class's environment. */
    public Run go(Path dir, int seconds, String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 1];
        cmd[0] = goBinary().toString();
        System.arraycopy(args, 0, cmd, 1, args.length);
        return exec(dir, seconds, cmd);
    }

    /**
     * Compiles every program as its own main package of one module with {@code -gcflags=-d=defer} and
     * returns the compiler's plan lines per program, each as {@code prog.go:LINE:COL: ...}. The packages are
     * compiled by {@code go list -export}, not {@code go build}: the compiler prints the same lines, but no
     * binary is linked (linking each program cost more than compiling it), and a compile already in the build
     * cache replays its lines.
     */
    public List<String> deferPlans(List<String> sources, Path work) throws IOException, InterruptedException {
        writeGoMod(work);
        for (int i = 0; i < sources.size(); i++) {
            Path dir = work.resolve(String.format("p%04d", i));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("prog.go"), sources.get(i));
        }
        Run compile = exec(work, 600, goBinary().toString(), "list", "-export", "-gcflags=-d=defer", "./...");
        if (compile.exit() != 0) {
            throw new IOException("go" + version() + " list -export failed:\n" + compile.stderr());
        }
        StringBuilder[] plans = new StringBuilder[sources.size()];
        for (int i = 0; i < plans.length; i++) {
            plans[i] = new StringBuilder();
        }
        for (String line : compile.stderr().split("\n")) {
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

    /** The environment every go command and built binary gets. */
    public static void environment(Map<String, String> env) {
        env.put("GOTOOLCHAIN", "local");
        env.put("GOPROXY", "off");
        env.put("GOFLAGS", "");
        env.put("CGO_ENABLED", "0");
        env.put("GOCACHE", Paths.get(System.getProperty("java.io.tmpdir"), "defercheck-gocache").toString());
    }

    private static Run exec(Path dir, int seconds, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        environment(pb.environment());
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + " timed out after " + seconds + "s");
            }
            // raw bytes, one char per byte, as the model's output is (ByteStrings)
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.ISO_8859_1),
                    Files.readString(err, StandardCharsets.ISO_8859_1));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}

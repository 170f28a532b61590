package defercheck.oracle;

import defercheck.source.GoVersion;
import defercheck.toolchain.GoToolchain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Finding an implementation by name, and the plumbing its adapter shares. */
public final class Adapters {
    /** The implementations {@code oracle --impl} takes. */
    public static final List<String> NAMES = List.of("gc", "gccgo", "yaegi");

    /** Prints the newest release tag of the standard library's go/build: the Go language version it knows. */
    static final String RELEASE_TAG_PROBE = "package main\n\nimport (\n\t\"fmt\"\n\t\"go/build\"\n)\n\n"
            + "func main() {\n\tt := build.Default.ReleaseTags\n\tfmt.Println(t[len(t)-1])\n}\n";

    private Adapters() {
    }

    /**
     * The implementation {@code name} at {@code bin}, or where Debian installs it when {@code bin} is null;
     * {@code lang} (null: detect) overrides its Go language version. IOException when it is not installed or
     * does not work, saying where it looked.
     */
    public static Implementation find(String name, Path bin, GoVersion lang, Path work)
            throws IOException, InterruptedException {
        return switch (name) {
            case "gc" -> GcAdapter.of(bin != null ? bin : newestGo(), lang, work);
            case "gccgo" -> GccgoAdapter.find(bin, lang, work);
            case "yaegi" -> YaegiAdapter.find(bin, lang, work);
            default -> throw new IllegalArgumentException("unknown implementation '" + name + "': want one of "
                    + NAMES);
        };
    }

    /**
     * The adapter of a recorded run, for reading its traces: its rules and quirks, without the implementation
     * installed (it cannot build or run anything).
     */
    public static Implementation recorded(String name, String version, GoVersion lang) {
        Path none = Path.of("/nonexistent/" + name);
        return switch (name) {
            case "gc" -> new GcAdapter(new GoToolchain(lang.minor(), none), version, lang, "recorded", null);
            case "gccgo" -> new GccgoAdapter(none, version, lang, "recorded");
            case "yaegi" -> new YaegiAdapter(none, version, lang, "recorded");
            default -> throw new IllegalArgumentException("unknown implementation '" + name + "': want one of "
                    + NAMES);
        };
    }

    /** /usr/bin/go, else the newest /usr/lib/go-1.NN. */
    private static Path newestGo() throws IOException {
        if (Files.isExecutable(Path.of("/usr/bin/go"))) {
            return Path.of("/usr/bin/go");
        }
        List<GoToolchain> installed = GoToolchain.installed();
        if (installed.isEmpty()) {
            throw new IOException("no gc toolchain: neither /usr/bin/go nor /usr/lib/go-1.NN/bin/go is installed"
                    + " (give one with --go-bin)");
        }
        return installed.get(installed.size() - 1).goBinary();
    }

    /** The first of {@code places} that is an executable file. */
    static Path firstInstalled(List<Path> places, String what) throws IOException {
        for (Path p : places) {
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new IOException("no " + what + " installed: looked for " + places + " (give one with --bin)");
    }

    /** Runs {@code cmd} in {@code dir} and returns its stdout; IOException (with stderr) when it fails. */
    static String run(List<String> cmd, Path dir) throws IOException, InterruptedException {
        GoToolchain.Run r = exec(cmd, dir, Map.of(), BUILD_SECONDS);
        if (r.exit() != 0) {
            throw new IOException(brief(cmd) + " failed (exit " + r.exit() + "):\n"
                    + r.stderr().substring(0, Math.min(r.stderr().length(), 4000)));
        }
        return r.stdout();
    }

    /**
     * How long a build may take: a batch of 1,000 programs takes gccgo -O2 about 15 CPU-seconds, and a machine
     * shared with many other jobs can stretch that twentyfold.
     */
    static final int BUILD_SECONDS = 3600;

    /** A command for a message: its first words (a batch's build names every file). */
    static String brief(List<String> cmd) {
        return String.join(" ", cmd.subList(0, Math.min(cmd.size(), 6))) + (cmd.size() > 6 ? " ..." : "");
    }

    /**
     * Runs a build tool: {@code cmd} in {@code dir} with the go command's environment ({@link GoToolchain#environment})
     * and {@code env} on top, stdin from /dev/null, at most {@code seconds}.
     */
    static GoToolchain.Run exec(List<String> cmd, Path dir, Map<String, String> env, int seconds)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        GoToolchain.environment(pb.environment());
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = Children.started(pb.start());
            try {
                if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor();
                    throw new IOException(brief(cmd) + " timed out after " + seconds + " s");
                }
            } finally {
                Children.ended(p);
            }
            return new GoToolchain.Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}

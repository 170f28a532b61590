package defercheck.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import defercheck.check.WantMarkers;
import defercheck.toolchain.GoToolchain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the compile-error files honest: every installed gc must report exactly what their {@code // want}
 * markers say for its version, leaving out the model's own {@code unsupported:} refusals (gc compiles those
 * constructs). All files are compiled at once per toolchain, each as its own package, with {@code -gcflags=-e}.
 */
class CompileErrorsToolchainTest {
    private static final Path ROOT = Paths.get("src/test/resources/compile-errors");
    /** A position of the package's file inside a message ("... at ./p0003/prog.go:9:7"), which markers spell prog.go. */
    private static final String OTHER_FILE = "(\\./)?p\\d{4}/prog\\.go:";
    private static final Pattern ERROR = Pattern.compile("^(p\\d{4})/prog\\.go:(\\d+):(\\d+): (.*)$");

    @TempDir
    Path work;

    private final Map<Integer, Map<String, List<String>>> byToolchain = new HashMap<>();

    @TestFactory
    List<DynamicTest> gcReportsWhatTheMarkersSay() throws IOException {
        List<GoToolchain> toolchains = GoToolchain.installed();
        Assumptions.assumeFalse(toolchains.isEmpty(),
                "skipped: no Go toolchain under /usr/lib/go-1.NN (.ci/install-go installs them)");
        List<Path> files;
        try (Stream<Path> s = Files.walk(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (GoToolchain go : toolchains) {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String pkg = String.format("p%04d", i);
                tests.add(DynamicTest.dynamicTest(ROOT.relativize(file) + " @ go" + go.version(),
                        () -> check(go, files, file, pkg)));
            }
        }
        assertFalse(tests.isEmpty(), "no compile-error files under " + ROOT.toAbsolutePath());
        return tests;
    }

    private void check(GoToolchain go, List<Path> files, Path file, String pkg) throws Exception {
        Map<String, List<String>> errors = errorsOf(go, files);
        String source = Files.readString(file, StandardCharsets.UTF_8);
        List<String> want = new ArrayList<>();
        for (WantMarkers.Marker m : WantMarkers.parse(source)) {
            if (m.appliesTo(go.minor()) && !m.modelOnly()) {
                want.add(m.render());
            }
        }
        List<String> have = errors.getOrDefault(pkg, List.of());
        List<String> missing = new ArrayList<>(want);
        List<String> extra = new ArrayList<>();
        for (String h : have) {
            if (!missing.remove(h)) {
                extra.add(h);
            }
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            StringBuilder sb = new StringBuilder("gc" + go.version() + " disagrees with the markers\n");
            missing.forEach(m -> sb.append("marked, not reported: ").append(WantMarkers.escape(m)).append('\n'));
            extra.forEach(e -> sb.append("reported, not marked: ").append(WantMarkers.escape(e)).append('\n'));
            fail(sb.toString());
        }
    }

    /** Compiles every file once per toolchain; the errors per package as {@code line:col: message}. */
    private synchronized Map<String, List<String>> errorsOf(GoToolchain go, List<Path> files) throws Exception {
        Map<String, List<String>> cached = byToolchain.get(go.minor());
        if (cached != null) {
            return cached;
        }
        Path dir = work.resolve("go" + go.version());
        go.writeGoMod(dir);
        for (int i = 0; i < files.size(); i++) {
            Path pkg = dir.resolve(String.format("p%04d", i));
            Files.createDirectories(pkg);
            Files.copy(files.get(i), pkg.resolve("prog.go"));
        }
        // go list -export compiles every package as go build does and prints the same errors, but links nothing.
        GoToolchain.Run build = go.go(dir, 600, "list", "-export", "-gcflags=-e", "./...");
        Map<String, List<String>> out = parse(defercheck.source.ByteStrings.toText(build.stderr()));
        byToolchain.put(go.minor(), out);
        return out;
    }

    /** gc's error lines, each with its tab-indented continuation lines, per package directory. */
    static Map<String, List<String>> parse(String stderr) {
        Map<String, List<String>> out = new HashMap<>();
        List<String> current = null;
        for (String line : stderr.split("\n")) {
            Matcher m = ERROR.matcher(line);
            if (m.matches()) {
                current = out.computeIfAbsent(m.group(1), k -> new ArrayList<>());
                current.add(m.group(2) + ":" + m.group(3) + ": " + m.group(4).replaceAll(OTHER_FILE, "prog.go:"));
            } else if (line.startsWith("\t") && current != null && !current.isEmpty()) {
                int last = current.size() - 1;
                current.set(last, current.get(last) + "\n" + line.replaceAll(OTHER_FILE, "prog.go:"));
            } else {
                current = null;
            }
        }
        return out;
    }

}

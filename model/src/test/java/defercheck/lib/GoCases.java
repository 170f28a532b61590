package defercheck.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import defercheck.source.GoVersion;
import defercheck.toolchain.GoToolchain;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Cases whose expected values real Go computed. A generator program {@code lib/gen/NAME.go} (ours) prints one
 * case per line; its output, made with go1.19 and go1.23 when the tests were written, is stored as
 * {@code lib/expected/NAME.go1.NN.txt} (or {@code NAME.txt} when both toolchains print the same bytes).
 * {@link #recorded} checks the library against the stored lines; {@link #live} re-runs the generator on
 * every installed toolchain, checks that a stored file for that version still equals its output, and checks
 * the library against the live lines. Lines are read as byte strings (ISO-8859-1).
 */
public final class GoCases {

    /** Checks one line; returns null when the library agrees, else a description of the difference. */
    @FunctionalInterface
    public interface Checker {
        String check(String line, GoVersion version);
    }

    private static final int CHUNK = 250;
    private static final int[] RECORDED = {19, 23};

    private GoCases() {
    }

    /** One dynamic test per chunk of stored lines, for each recorded version. */
    public static List<DynamicTest> recorded(String name, Checker checker) {
        List<DynamicTest> tests = new ArrayList<>();
        for (int minor : RECORDED) {
            String text = stored(name, minor);
            if (text == null) {
                throw new IllegalStateException("no stored cases lib/expected/" + name + " for go1." + minor);
            }
            tests.addAll(chunks(name + " go1." + minor + " (recorded)", lines(text), new GoVersion(minor), checker));
        }
        return tests;
    }

    /**
     * For a generator that needs Go 1.{@code minMinor} or later (it uses newer packages): the stored go1.23
     * file only, since go1.19 cannot build it.
     */
    public static List<DynamicTest> recordedFrom(String name, int minMinor, Checker checker) {
        List<DynamicTest> tests = new ArrayList<>();
        for (int minor : RECORDED) {
            if (minor >= minMinor) {
                String text = stored(name, minor);
                if (text == null) {
                    throw new IllegalStateException("no stored cases lib/expected/" + name + " for go1." + minor);
                }
                tests.addAll(chunks(name + " go1." + minor + " (recorded)", lines(text), new GoVersion(minor), checker));
            }
        }
        return tests;
    }

    /** As {@link #live}, on the installed toolchains from Go 1.{@code minMinor} on. */
    public static List<DynamicTest> liveFrom(String name, int minMinor, Checker checker, Path work) throws Exception {
        List<GoToolchain> from = new ArrayList<>();
        for (GoToolchain go : GoToolchain.installed()) {
            if (go.minor() >= minMinor) {
                from.add(go);
            }
        }
        Assumptions.assumeFalse(from.isEmpty(), "skipped: no Go toolchain 1." + minMinor
                + " or later under /usr/lib/go-1.NN to re-run lib/gen/" + name + ".go (.ci/install-go installs them)");
        return live(name, checker, work, from);
    }

    /** Re-runs the generator on each installed toolchain; skips with a reason when none is installed. */
    public static List<DynamicTest> live(String name, Checker checker, Path work) throws Exception {
        return live(name, checker, work, GoToolchain.installed());
    }

    /**
     * A larger sample: runs the generator with {@code args} on the newest installed toolchain only (for output
     * that the stored files show to be the same on every release), comparing no stored file.
     */
    public static List<DynamicTest> liveNewest(String name, Checker checker, Path work, String... args) throws Exception {
        List<GoToolchain> all = GoToolchain.installed();
        return live(name, checker, work, all.isEmpty() ? all : all.subList(all.size() - 1, all.size()), args);
    }

    /**
     * A larger sample on the oldest and the newest installed toolchain, for output that differs between
     * releases (the recorded files and {@link #live} cover the releases in between).
     */
    public static List<DynamicTest> liveOldestAndNewest(String name, Checker checker, Path work, String... args)
            throws Exception {
        List<GoToolchain> all = GoToolchain.installed();
        List<GoToolchain> ends = all.size() <= 2 ? all : List.of(all.get(0), all.get(all.size() - 1));
        return live(name, checker, work, ends, args);
    }

    private static List<DynamicTest> live(String name, Checker checker, Path work, List<GoToolchain> toolchains,
            String... args) throws Exception {
        Assumptions.assumeFalse(toolchains.isEmpty(),
                "skipped: no Go toolchain under /usr/lib/go-1.NN to re-run lib/gen/" + name + ".go (.ci/install-go installs them)");
        List<DynamicTest> tests = new ArrayList<>();
        for (GoToolchain go : toolchains) {
            String out = run(name, go, work.resolve("go" + go.version()), args);
            String stored = args.length == 0 ? stored(name, go.minor()) : null;
            if (stored != null) {
                tests.add(DynamicTest.dynamicTest(name + " go" + go.version() + " stored file is current",
                        () -> assertSameLines(stored, out, "lib/expected/" + name + " (stale? re-generate it)")));
            }
            tests.addAll(chunks(name + " go" + go.version() + " (live)", lines(out), new GoVersion(go.minor()), checker));
        }
        return tests;
    }

    private static void assertSameLines(String stored, String live, String name) {
        List<String> a = lines(stored);
        List<String> b = lines(live);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            assertEquals(a.get(i), b.get(i), "line " + (i + 1) + " of " + name + " differs");
        }
        assertEquals(a.size(), b.size(), "line count of " + name + " differs");
    }

    /**
     * For a generator whose whole output the library can reproduce: one test per recorded version that
     * compares {@code reproduce}'s text with the stored file, line by line.
     */
    public static List<DynamicTest> recordedWhole(String name, java.util.function.Function<GoVersion, String> reproduce) {
        List<DynamicTest> tests = new ArrayList<>();
        for (int minor : RECORDED) {
            String text = stored(name, minor);
            tests.add(DynamicTest.dynamicTest(name + " go1." + minor + " (recorded)",
                    () -> assertSameLines(text, reproduce.apply(new GoVersion(minor)), name + " as reproduced")));
        }
        return tests;
    }

    /** As {@link #recordedWhole}, against the live output of every installed toolchain. */
    public static List<DynamicTest> liveWhole(String name, java.util.function.Function<GoVersion, String> reproduce,
            Path work) throws Exception {
        List<GoToolchain> toolchains = GoToolchain.installed();
        Assumptions.assumeFalse(toolchains.isEmpty(),
                "skipped: no Go toolchain under /usr/lib/go-1.NN to re-run lib/gen/" + name + ".go (.ci/install-go installs them)");
        List<DynamicTest> tests = new ArrayList<>();
        for (GoToolchain go : toolchains) {
            String out = run(name, go, work.resolve("go" + go.version()));
            tests.add(DynamicTest.dynamicTest(name + " go" + go.version() + " (live)",
                    () -> assertSameLines(out, reproduce.apply(new GoVersion(go.minor())), name + " as reproduced")));
        }
        return tests;
    }

    /** The generator's stdout on {@code go} with {@code args}, as a byte string. */
    public static String run(String name, GoToolchain go, Path work, String... args)
            throws IOException, InterruptedException {
        String source = ByteStrings.toJavaText(resource("gen/" + name + ".go"));
        go.writeGoMod(work);
        Files.writeString(work.resolve("prog.go"), source);
        GoToolchain.Run build = go.go(work, 300, "build", "-o", "prog", ".");
        if (build.exit() != 0) {
            throw new IOException("go" + go.version() + " build of lib/gen/" + name + ".go failed:\n" + build.stderr());
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(work.resolve("prog").toString());
        cmd.addAll(Arrays.asList(args));
        Path out = work.resolve("stdout.txt");
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("lib/gen/" + name + ".go on go" + go.version() + " timed out");
        }
        if (p.exitValue() != 0) {
            throw new IOException("lib/gen/" + name + ".go on go" + go.version() + " exited " + p.exitValue());
        }
        return new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
    }

    static String stored(String name, int minor) {
        String v = resourceOrNull("expected/" + name + ".go1." + minor + ".txt");
        return v != null ? v : resourceOrNull("expected/" + name + ".txt");
    }

    static String resource(String path) {
        String text = resourceOrNull(path);
        if (text == null) {
            throw new IllegalStateException("missing test resource lib/" + path);
        }
        return text;
    }

    private static String resourceOrNull(String path) {
        try (InputStream in = GoCases.class.getResourceAsStream("/lib/" + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static List<DynamicTest> chunks(String label, List<String> lines, GoVersion v, Checker checker) {
        List<DynamicTest> tests = new ArrayList<>();
        if (lines.isEmpty()) {
            tests.add(DynamicTest.dynamicTest(label + " has cases", () -> fail("no cases in " + label)));
        }
        for (int from = 0; from < lines.size(); from += CHUNK) {
            List<String> part = lines.subList(from, Math.min(from + CHUNK, lines.size()));
            int first = from + 1;
            tests.add(DynamicTest.dynamicTest(label + " lines " + first + "-" + (first + part.size() - 1),
                    () -> checkAll(part, first, v, checker)));
        }
        return tests;
    }

    private static void checkAll(List<String> lines, int first, GoVersion v, Checker checker) {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String why;
            try {
                why = checker.check(lines.get(i), v);
            } catch (RuntimeException e) {
                why = "threw " + e;
            }
            if (why != null) {
                wrong.add("line " + (first + i) + ": " + lines.get(i) + "\n    " + why);
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " of " + lines.size() + " cases differ from Go:\n"
                    + String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))));
        }
    }

    /** The byte string a generator wrote as hex ("-" for the empty string). */
    public static String unhex(String hex) {
        if (hex.equals("-")) {
            return "";
        }
        StringBuilder b = new StringBuilder(hex.length() / 2);
        for (int i = 0; i < hex.length(); i += 2) {
            b.append((char) Integer.parseInt(hex.substring(i, i + 2), 16));
        }
        return b.toString();
    }

    /** Hex of a byte string, "-" when empty, as the generators write it. */
    public static String hex(String bytes) {
        if (bytes.isEmpty()) {
            return "-";
        }
        StringBuilder b = new StringBuilder(bytes.length() * 2);
        for (int i = 0; i < bytes.length(); i++) {
            b.append(String.format("%02x", (int) bytes.charAt(i)));
        }
        return b.toString();
    }

    /** Null when equal, else "want X got Y" for a checker's answer. */
    public static String diff(String what, String want, String got) {
        return want.equals(got) ? null : what + ": want " + want + " got " + got;
    }
}

package defercheck.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import defercheck.Frontend;
import defercheck.source.Diagnostic;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file under compile-errors/ at every Go version whose wording the model follows: the model must report
 * exactly the diagnostics its {@code // want} markers name (WantMarkers), no more and no fewer. A file
 * without markers must compile.
 */
class CompileErrorsTest {

    static final Path ROOT = Paths.get("src/test/resources/compile-errors");
    /** The versions whose compilers' wording the markers record (the installed toolchains). */
    static final int[] VERSIONS = {19, 21, 22, 23};

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
    }

    @TestFactory
    List<DynamicTest> everyFileReportsExactlyItsMarkers() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files()) {
            for (int minor : VERSIONS) {
                tests.add(DynamicTest.dynamicTest(ROOT.relativize(file) + " @ go1." + minor, () -> check(file, minor)));
            }
        }
        assertFalse(tests.isEmpty(), "no compile-error files under " + ROOT.toAbsolutePath());
        return tests;
    }

    private static void check(Path file, int minor) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        List<String> want = new ArrayList<>();
        for (WantMarkers.Marker m : WantMarkers.parse(source)) {
            if (m.appliesTo(minor)) {
                want.add(m.render());
            }
        }
        List<String> have = new ArrayList<>();
        for (Diagnostic d : Frontend.compile(new SourceFile("prog.go", source), new GoVersion(minor)).diagnostics()) {
            have.add(d.span().line() + ":" + d.span().col() + ": " + d.message());
        }
        compare(want, have);
    }

    /** Fails with every missing and every unexpected diagnostic. */
    static void compare(List<String> want, List<String> have) {
        List<String> missing = new ArrayList<>(want);
        List<String> extra = new ArrayList<>();
        for (String h : have) {
            if (!missing.remove(h)) {
                extra.add(h);
            }
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            missing.forEach(m -> sb.append("missing: ").append(WantMarkers.escape(m)).append('\n'));
            extra.forEach(e -> sb.append("unexpected: ").append(WantMarkers.escape(e)).append('\n'));
            fail(sb.toString());
        }
    }
}

package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import defercheck.oracle.GccgoAdapter;
import defercheck.oracle.YaegiAdapter;
import defercheck.toolchain.GoToolchain;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oracle command's usage contract, which needs no toolchain, and {@code --impl} with every other option on
 * each implementation that is installed (skipped with a message where one is not).
 */
class OracleCommandTest {
    @TempDir
    Path dir;

    private static int run(StringWriter err, String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void verdictsNeedExhaustive() {
        StringWriter err = new StringWriter();
        assertEquals(64, run(err, "oracle", "--impl", "yaegi", "--verdicts", "v"));
        assertTrue(err.toString().contains("--verdicts and --from-verdicts need --exhaustive"), err.toString());
    }

    @Test
    void fromVerdictsOfAMissingFileIsAMissingInput() {
        StringWriter err = new StringWriter();
        assertEquals(66, run(err, "oracle", "--exhaustive", "--from-verdicts", "/nonexistent/v"));
        assertTrue(err.toString().startsWith("defercheck oracle: --from-verdicts /nonexistent/v: no such file"),
                err.toString());
    }

    /**
     * A prefix of tiny in rank order through every option the oracle has, then the causes again from its
     * verdicts: the same cause files, and a report line per cause.
     */
    @Test
    void yaegiTakesEveryOptionAndItsVerdictsGiveTheSameCauses() throws IOException {
        Assumptions.assumeTrue(YaegiAdapter.DEBIAN.stream().anyMatch(Files::isExecutable),
                "skipped: yaegi is not installed at " + YaegiAdapter.DEBIAN + " (.ci/run installs it)");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] common = {"oracle", "--impl", "yaegi", "--bound", "tiny", "--exhaustive", "--count", "40"};
        int code = run(out, err, concat(common, "--seed", "9", "--batch", "8", "--workers", "2", "--timeout", "5",
                "--lang", "1.19", "--json", dir.resolve("run.json").toString(), "--out", dir.resolve("a").toString(),
                "--verdicts", dir.resolve("v").toString(), "--work", dir.resolve("work").toString()));
        assertTrue(code == 0 || code == 1, err.toString());
        assertTrue(out.toString().contains("40 programs in rank order of tiny"), out.toString());
        assertTrue(out.toString().contains("8 per batch, 2 workers"), out.toString());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("run.json").toFile());
        assertEquals(List.of("yaegi", "tiny", "rank", "go1.19", "40"), List.of(json.path("impl").asText(),
                json.path("bound").asText(), json.path("order").asText(), json.path("go").asText(),
                json.path("programs").asText()));
        assertEquals(40, json.path("agreements").asLong() + json.path("quirks").asLong()
                + json.path("unexplained").asLong() + json.path("batch_only").asLong());
        Path a = dir.resolve("a").resolve("yaegi-" + json.path("version").asText());
        assertTrue(Files.isRegularFile(a.resolve("summary.json")));
        assertEquals(code, json.path("unexplained").asLong() == 0 ? 0 : 1);

        StringWriter again = new StringWriter();
        assertEquals(code, run(again, err, concat(common, "--from-verdicts", dir.resolve("v").toString(), "--out",
                dir.resolve("b").toString())), err.toString());
        Path b = dir.resolve("b").resolve(a.getFileName());
        assertEquals(causeFiles(a), causeFiles(b));
        assertEquals(json.path("causes").asInt(), causeFiles(a).size());
        StringWriter report = new StringWriter();
        assertEquals(0, run(report, err, "oracle", "report", a.toString()), err.toString());
        assertEquals(causeFiles(a).size(), report.toString().lines().filter(l -> l.startsWith("cause-")).count(),
                report.toString());
    }

    /** gccgo with the options that shape its batches: one batch of 4 programs, one worker. */
    @Test
    void gccgoTakesTheBatchOptions() throws IOException {
        Assumptions.assumeTrue(GccgoAdapter.DEBIAN.stream().anyMatch(Files::isExecutable),
                "skipped: gccgo is not installed at " + GccgoAdapter.DEBIAN + " (.ci/run installs gccgo-12)");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "oracle", "--impl", "gccgo", "--count", "4", "--seed", "3", "--batch", "4",
                "--workers", "1", "--json", dir.resolve("g.json").toString(), "--out", dir.resolve("g").toString());
        assertEquals(0, code, out + "\n" + err);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("g.json").toFile());
        assertEquals(List.of("gccgo", "small", "random", "4", "1"), List.of(json.path("impl").asText(),
                json.path("bound").asText(), json.path("order").asText(), json.path("programs").asText(),
                json.path("batches").asText()));
    }

    /** gc spelled as an implementation: --impl gc --bin is --go-bin. */
    @Test
    void gcTakesImplAndBin() throws IOException {
        List<GoToolchain> installed = GoToolchain.installed();
        Assumptions.assumeFalse(installed.isEmpty(),
                "skipped: no Go toolchain under /usr/lib/go-1.NN (.ci/install-go installs them)");
        GoToolchain go = installed.get(installed.size() - 1);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "oracle", "--impl", "gc", "--bin", go.goBinary().toString(), "--count", "4",
                "--batch", "4", "--workers", "1", "--json", dir.resolve("gc.json").toString(), "--out",
                dir.resolve("gc").toString());
        assertEquals(0, code, out + "\n" + err);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("gc.json").toFile());
        assertEquals(List.of("gc", "go" + go.version(), "4", "4"), List.of(json.path("impl").asText(),
                json.path("go").asText(), json.path("programs").asText(), json.path("agreements").asText()));
    }

    /** --measure-limit measures every batch of --count, after one that warms up, and prints its costs. */
    @Test
    void measureLimitSumsEveryBatch() {
        List<GoToolchain> installed = GoToolchain.installed();
        Assumptions.assumeFalse(installed.isEmpty(),
                "skipped: no Go toolchain under /usr/lib/go-1.NN (.ci/install-go installs them)");
        GoToolchain go = installed.get(installed.size() - 1);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "oracle", "--go-bin", go.goBinary().toString(), "--measure-limit", "--count", "12",
                "--batch", "5", "--workers", "2", "--work", dir.resolve("work").toString());
        assertEquals(0, code, out + "\n" + err);
        assertTrue(out.toString().contains("\n12 programs, batch after batch: build "), out.toString());
        assertTrue(out.toString().matches("(?s).*\nper 1,000 programs: build [0-9.]+ CPU-s, run [0-9.]+,"
                + " check [0-9.]+\nlimit: [0-9]+ programs/s .*"), out.toString());
        assertEquals(List.of(), List.of(dir.resolve("work/run").toFile().list()), "no batch is kept");
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    private static List<String> causeFiles(Path d) throws IOException {
        try (Stream<Path> files = Files.list(d)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("cause-")).sorted().toList();
        }
    }

    @Test
    void anUnknownImplementationIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(64, run(err, "oracle", "--impl", "tinygo"));
        assertTrue(err.toString().contains("--impl tinygo: want one of [gc, gccgo, yaegi]"), err.toString());
    }

    @Test
    void goBinIsGcsSpellingOfBin() {
        StringWriter err = new StringWriter();
        assertEquals(64, run(err, "oracle", "--impl", "yaegi", "--go-bin", "/usr/lib/go-1.23/bin/go"));
        assertTrue(err.toString().contains("--go-bin is gc's --bin"), err.toString());
        assertEquals(64, run(new StringWriter(), "oracle", "--bin", "/bin/true", "--go-bin", "/bin/true"));
    }

    @Test
    void aMissingBinIsAMissingInput() {
        StringWriter err = new StringWriter();
        assertEquals(66, run(err, "oracle", "--impl", "yaegi", "--bin", "/nonexistent/yaegi", "--count", "1"));
        assertTrue(err.toString().startsWith("defercheck oracle: --bin /nonexistent/yaegi: no such executable"),
                err.toString());
    }

    @Test
    void aBinThatIsNotTheImplementationIsReported() {
        StringWriter err = new StringWriter();
        assertEquals(66, run(err, "oracle", "--impl", "gccgo", "--bin", "/bin/false", "--count", "1"));
        assertTrue(err.toString().contains("--bin /bin/false is not a usable gccgo"), err.toString());
    }

    @Test
    void aBadLangIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(64, run(err, "oracle", "--lang", "2.0"));
        assertTrue(err.toString().contains("--lang"), err.toString());
    }

    @Test
    void reportOfAMissingDirectoryIsAMissingInput() {
        StringWriter err = new StringWriter();
        assertEquals(66, run(err, "oracle", "report", "/nonexistent/traces/impl/x"));
        assertTrue(err.toString().contains("oracle report: /nonexistent/traces/impl/x: no such directory"),
                err.toString());
    }

    @Test
    void unknownBoundIsAUsageError() {
        assertEquals(64, run(new StringWriter(), "oracle", "--go-bin", "/nonexistent/go", "--bound", "huge"));
    }

    @Test
    void aMissingGoBinIsAMissingInput() {
        StringWriter err = new StringWriter();
        assertEquals(66, run(err, "oracle", "--go-bin", "/nonexistent/go", "--count", "1"));
        assertTrue(err.toString().startsWith("defercheck oracle: --go-bin /nonexistent/go: no such executable"),
                err.toString());
    }

    @Test
    void aGoBinThatIsNotGoIsReported() {
        StringWriter err = new StringWriter();
        assertEquals(66, run(err, "oracle", "--go-bin", "/bin/true", "--count", "1"));
        assertTrue(err.toString().contains("--go-bin /bin/true is not a usable gc"), err.toString());
    }
}

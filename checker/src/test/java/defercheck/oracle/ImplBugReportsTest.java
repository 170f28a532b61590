package defercheck.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.toolchain.GoToolchain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bug reports under {@code docs/impls/} say what each program prints on gc and on the implementation; this
 * reruns every program and checks the report still says so. In a report, each {@code go} block is followed by
 * {@code text} blocks whose first line starts with the implementation ({@code gc (go1.19.8 and go1.23.5) ...}
 * or {@code yaegi 0.14.3 ...}), then what the program writes to stdout and stderr together, up to the goroutine
 * dump, and a last line {@code exit status N} or {@code still running: killed}. gc is run with each installed
 * toolchain the first line names; a missing implementation is skipped with a message.
 */
class ImplBugReportsTest {
    static final Path REPORTS = Path.of("..", "docs", "impls");

    @TempDir
    Path work;

    /** A program of a report and what the report says one implementation does with it. */
    record Claim(String report, int program, String source, String header, String output) {
        String impl() {
            return header.split(" ", 2)[0];
        }
    }

    @TestFactory
    List<DynamicTest> everyReportedOutputComesOutAgain() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path report : reports()) {
            List<Claim> claims = claims(report);
            tests.add(DynamicTest.dynamicTest(report.getFileName() + ": a program, its gc and yaegi outputs", () -> {
                assertFalse(claims.isEmpty(), "no program with outputs in " + report);
                for (int program : claims.stream().mapToInt(Claim::program).distinct().toArray()) {
                    List<Claim> of = claims.stream().filter(c -> c.program() == program).toList();
                    assertEquals(List.of("gc", "yaegi"), of.stream().map(Claim::impl).sorted().toList(),
                            "program " + program + " of " + report + " needs one gc and one yaegi output");
                    assertNotEquals(of.get(0).output(), of.get(1).output(), "a bug report shows a difference");
                }
            }));
            for (Claim c : claims) {
                tests.add(DynamicTest.dynamicTest(report.getFileName() + " #" + c.program() + " @ " + c.impl(),
                        () -> rerun(c)));
            }
        }
        return tests;
    }

    private void rerun(Claim c) throws Exception {
        if (c.impl().equals("yaegi")) {
            Implementation yaegi;
            try {
                yaegi = Adapters.find("yaegi", null, null, work.resolve("find"));
            } catch (IOException notInstalled) {
                Assumptions.abort("skipped: " + notInstalled.getMessage() + " (.ci/run installs yaegi)");
                return;
            }
            Assumptions.assumeTrue(c.header().startsWith("yaegi " + yaegi.version() + " "),
                    "skipped: the report is about another yaegi than " + yaegi.version());
            Path dir = write(c, "yaegi");
            // Relative, as a user types it: yaegi's panic report starts with the file's path as given.
            List<String> cmd = List.of(((YaegiAdapter) yaegi).yaegi().toString(), "run", "-unrestricted", "prog.go");
            assertEquals(c.output(), observed(cmd, dir), c.report());
            return;
        }
        List<GoToolchain> named = GoToolchain.installed().stream()
                .filter(go -> c.header().contains("go" + go.version() + ".")).toList();
        Assumptions.assumeFalse(named.isEmpty(), "skipped: none of the toolchains in `" + c.header()
                + "` is installed under /usr/lib/go-1.NN (.ci/install-go installs them)");
        for (GoToolchain go : named) {
            Path dir = write(c, "go" + go.version());
            go.writeGoMod(dir);
            GoToolchain.Run build = go.go(dir, 300, "build", "-o", "prog", ".");
            assertEquals(0, build.exit(), build.stderr());
            assertEquals(c.output(), observed(List.of(dir.resolve("prog").toString()), dir),
                    c.report() + " on go" + go.version());
        }
    }

    private Path write(Claim c, String impl) throws IOException {
        Path dir = work.resolve(c.report() + "-" + c.program() + "-" + impl);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("prog.go"), c.source());
        return dir;
    }

    /** Both streams in write order, cut at the goroutine dump, and how the process ended. */
    private static String observed(List<String> cmd, Path dir) throws IOException, InterruptedException {
        Processes.Proc p = new Processes(20, 500).run(cmd, dir, Map.of(), "run", true);
        String out = p.stdout();
        int dump = out.indexOf("\ngoroutine ");
        if (out.startsWith("goroutine ")) {
            out = "";
        } else if (dump >= 0) {
            out = out.substring(0, dump + 1);
        }
        return out + (p.end() == Processes.End.EXITED ? "exit status " + p.exit() : "still running: killed") + "\n";
    }

    static List<Path> reports() throws IOException {
        try (Stream<Path> files = Files.list(REPORTS)) {
            return files.filter(f -> f.getFileName().toString().matches("[a-z]+-.*\\.md")).sorted().toList();
        }
    }

    /** Each {@code go} block and the outputs in the {@code text} blocks after it, up to the next {@code go} block. */
    static List<Claim> claims(Path report) throws IOException {
        List<Claim> out = new ArrayList<>();
        String name = report.getFileName().toString().replace(".md", "");
        String[] parts = Files.readString(report).split("```", -1);
        String source = null;
        int program = 0;
        for (int i = 1; i < parts.length; i += 2) {
            String block = parts[i];
            if (block.startsWith("go\n")) {
                source = block.substring(3);
                program++;
            } else if (block.startsWith("text\n") && source != null) {
                String body = block.substring(5);
                int nl = body.indexOf('\n');
                String header = body.substring(0, nl);
                if (header.startsWith("gc ") || header.startsWith("yaegi ")) {
                    out.add(new Claim(name, program, source, header, body.substring(nl + 1)));
                }
            }
        }
        assertTrue(out.stream().allMatch(c -> c.output().endsWith("\n")), "blocks end with a newline");
        return out;
    }
}

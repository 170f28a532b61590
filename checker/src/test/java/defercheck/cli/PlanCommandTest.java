package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan} prints what {@code go build -gcflags=-d=defer} prints, paths included, so the two diff cleanly. */
class PlanCommandTest {
    private static final Path GO = Path.of("/usr/lib/go-1.23/bin/go");
    private static final String PROGRAM = "package main\n\nfunc f() {\n\tfor i := 0; i < 2; i++ {\n\t\tdefer println(i)\n"
            + "\t}\n}\n\nfunc main() {\n\tdefer println(\"a\")\n\tf()\n}\n";

    @TempDir
    Path dir;

    private String plan(Path file) {
        StringWriter out = new StringWriter();
        int code = Main.execute(new String[] {"plan", "--go", "1.23", file.toString()}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        return out.toString();
    }

    @Test
    void pathsAreGoBuilds() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path file = sub.resolve("main.go");
        Files.writeString(file, PROGRAM, StandardCharsets.UTF_8);
        assertEquals("./main.go:5:3: heap-allocated defer\n./main.go:10:2: open-coded defer\n", plan(file));
    }

    @Test
    void sameBytesAsTheRealCompiler() throws Exception {
        assumeTrue(Files.isExecutable(GO), "skipped: needs go1.23 at " + GO);
        Path file = dir.resolve("main.go");
        Files.writeString(file, PROGRAM, StandardCharsets.UTF_8);
        Path log = dir.resolve("build.log");
        Process p = new ProcessBuilder(GO.toString(), "build", "-gcflags=-d=defer", "-o", "/dev/null", file.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertEquals(true, p.waitFor(120, TimeUnit.SECONDS), "go build took over 2 minutes");
        String real = Files.readString(log).replace("# command-line-arguments\n", "");
        assertEquals(real, plan(file));
    }
}

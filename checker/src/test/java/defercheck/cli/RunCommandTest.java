package defercheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) { }

    Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void runsLikeTheBinary() throws IOException {
        Path p = file("p.go", "package main\nimport \"fmt\"\nfunc main() {\n\tdefer fmt.Println(\"bye\")\n"
                + "\tprintln(\"hi\")\n\tpanic(\"boom\")\n}\n");
        Result r = cli("run", p.toString());
        assertEquals(2, r.code());
        assertEquals("bye\n", r.out());
        assertTrue(r.err().startsWith("hi\npanic: boom\n\ngoroutine 1 [running]:\n"), r.err());
    }

    @Test
    void exitCodeOfOsExit() throws IOException {
        Path p = file("p.go", "package main\nimport \"os\"\nfunc main() {\n\tdefer println(\"no\")\n\tos.Exit(3)\n}\n");
        Result r = cli("run", p.toString());
        assertEquals(3, r.code());
        assertEquals("", r.err());
    }

    @Test
    void compileErrorsAreExit65WithPositions() throws IOException {
        Path p = file("bad.go", "package main\nfunc main() {\n\tx := 1\n\tprintln(y)\n}\n");
        Result r = cli("run", p.toString());
        assertEquals(65, r.code());
        assertEquals(p + ":3:2: declared and not used: x\n" + p + ":4:10: undefined: y\n", r.err());
        Path q = file("go.go", "package main\nfunc main() {\n\tgo main()\n}\n");
        assertEquals(q + ":3:2: unsupported: go statement\n", cli("run", q.toString()).err());
    }

    @Test
    void badVersionIsAUsageError() throws IOException {
        Path p = file("p.go", "package main\nfunc main() {}\n");
        Result r = cli("run", "--go", "1.9", p.toString());
        assertEquals(64, r.code());
        assertTrue(r.err().contains("unsupported Go version 1.9 (supported: 1.12 to 1.23)"), r.err());
    }

    @Test
    void missingFileIsExit66() {
        Result r = cli("run", dir.resolve("nope.go").toString());
        assertEquals(66, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(64, cli().code());
        assertEquals(64, cli("frobnicate").code());
    }

    @Test
    void helpOnEveryCommand() {
        Result r = cli("run", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--trace"), r.out());
    }

    @Test
    void garbageNeverShowsAJavaStackTrace() throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Path p = dir.resolve("junk.go");
        Files.write(p, junk);
        Result r = cli("run", p.toString());
        assertEquals(65, r.code());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void traceNarratesDefersAndPanics() throws IOException {
        Path p = file("p.go", "package main\nfunc main() {\n\tdefer func() { recover() }()\n\tpanic(\"boom\")\n}\n");
        Result r = cli("run", "--strategy", "abstract", "--trace", p.toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("start #1 panic(\"boom\")"), r.out());
        assertTrue(r.out().contains("recover() = \"boom\" (recovers panic #1)"), r.out());
        assertTrue(r.out().contains("panics: #1 panic(\"boom\") [recovered]"), r.out());
    }

    @Test
    void defaultTraceShowsTheStrategyLevelState() throws IOException {
        Path p = file("q.go", "package main\nfunc main() {\n\tdefer func() { recover() }()\n\tpanic(\"boom\")\n}\n");
        Result r = cli("run", "--go", "1.21", "--trace", p.toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("deferBits |= 1<<0"), r.out());
        assertTrue(r.out().contains("synthetic open-defer record"), r.out());
        assertTrue(r.out().contains("recovery: jumps to the deferreturn segment of main.main"), r.out());
        assertTrue(r.out().contains("g._defer: "), r.out());
    }

    @Test
    void aForcedMachineOutsideItsVersionsSaysSo() throws IOException {
        Path p = file("w.go", "package main\nfunc main() {\n\tdefer println(1)\n}\n");
        Result heapOn23 = cli("run", "--strategy", "heap", "--go", "1.23", p.toString());
        assertEquals(0, heapOn23.code());
        assertTrue(heapOn23.err().startsWith("defercheck: warning: the heap machine stands for Go 1.12–1.21;"),
                heapOn23.err());
        assertTrue(heapOn23.err().endsWith("1\n"), "the program's output still follows: " + heapOn23.err());
        Result heapOn19 = cli("run", "--strategy", "heap", "--go", "1.19", p.toString());
        assertEquals("1\n", heapOn19.err(), "no warning where the machine stands for the version");
        Result loopOn21 = cli("run", "--strategy", "panicloop", "--go", "1.21", p.toString());
        assertTrue(loopOn21.err().contains("the panicloop machine stands for Go 1.22–1.23"), loopOn21.err());
    }
}

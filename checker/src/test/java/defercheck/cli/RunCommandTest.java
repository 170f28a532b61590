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
        Path q = file("go.go", "package main\nfunc main() {\n\tgo println()\n}\n");
        assertEquals(q + ":3:5: unsupported: go statements of builtin and library calls\n", cli("run", q.toString()).err());
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
    void traceNarratesDefersAndPanicsOnStderr() throws IOException {
        Path p = file("p.go", "package main\nfunc main() {\n\tdefer func() { recover() }()\n\tpanic(\"boom\")\n}\n");
        Result r = cli("run", "--strategy", "abstract", "--trace", p.toString());
        assertEquals(0, r.code());
        assertEquals("", r.out(), "the trace leaves stdout to the program");
        assertTrue(r.err().contains("start #1 panic(\"boom\")"), r.err());
        assertTrue(r.err().contains("recover() = \"boom\" (recovers panic #1)"), r.err());
        assertTrue(r.err().contains("panics: #1 panic(\"boom\") [recovered]"), r.err());
    }

    @Test
    void traceIsTheSemanticsByDefaultAndTheRuntimeOnRequest() throws IOException {
        Path p = file("q.go", "package main\nfunc main() {\n\tdefer func() { recover() }()\n\tpanic(\"boom\")\n}\n");
        Result semantics = cli("run", "--go", "1.21", "--trace", p.toString());
        assertEquals(0, semantics.code());
        assertTrue(semantics.err().contains("panicking: deferred calls run above it"), semantics.err());
        assertFalse(semantics.err().contains("g._defer") || semantics.err().contains("sp=0x"), semantics.err());
        Result r = cli("run", "--go", "1.21", "--trace=runtime", p.toString());
        assertEquals(0, r.code());
        assertTrue(r.err().contains("deferBits |= 1<<0"), r.err());
        assertTrue(r.err().contains("synthetic open-defer record"), r.err());
        assertTrue(r.err().contains("recovery: jumps to the deferreturn segment of main.main"), r.err());
        assertTrue(r.err().contains("g._defer: "), r.err());
        assertTrue(r.err().contains("note: g._defer: "), "the runtime's names are explained: " + r.err());
        assertEquals(64, cli("run", "--strategy", "abstract", "--trace=runtime", p.toString()).code());
        assertEquals(64, cli("run", "--trace=frames", p.toString()).code());
    }

    @Test
    void traceNamesTheGoroutineOfEveryStepOnceThereAreSeveral() throws IOException {
        Path p = file("g.go", """
                package main

                func main() {
                	println("before")
                	done := make(chan bool)
                	go func() {
                		defer close(done)
                		println("worker")
                	}()
                	<-done
                }
                """);
        Result r = cli("run", "--trace", p.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("main.main reaches line 4\n"), "no label before a second goroutine: " + r.err());
        assertFalse(r.err().contains("[g1] main.main reaches line 4"), r.err());
        assertTrue(r.err().contains("[g1] go main.main.func1: goroutine 2 starts"), r.err());
        assertTrue(r.err().contains("[g2] stderr: \"worker\\n\""), r.err());
        assertTrue(r.err().contains("note: [gN]: the goroutine the step belongs to"), r.err());
    }

    @Test
    void traceEndsWithTheCrashTextWhereThePanicStarted() throws IOException {
        Path p = file("c.go", "package main\nfunc main() {\n\tprintln(\"hi\")\n\tpanic(\"boom\")\n}\n");
        Result r = cli("run", "--trace", p.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("4:2      program ends: unrecovered panic, exit code 2\n"
                + "        stderr at the end:\n          hi\n          panic: boom\n"), r.err());
        assertTrue(r.err().endsWith("== exit code 2\nhi\npanic: boom\n\ngoroutine 1 [running]:\nmain.main(...)\n\t"
                + p + ":4\n"), r.err());
    }

    @Test
    void traceShowsValuesAndExplainsCompilerNames() throws IOException {
        Path p = file("v.go", "package main\nimport \"fmt\"\nfunc f() (n int) {\n\tdefer func() { n++ }()\n"
                + "\tdefer fmt.Println(\"bye\")\n\treturn 41\n}\nfunc g() int {\n\tk := 7\n\treturn k\n}\n"
                + "func main() {\n\tfmt.Println(f(), g())\n}\n");
        Result r = cli("run", "--trace", p.toString());
        assertEquals("bye\n42 7\n", r.out());
        String t = r.err();
        assertTrue(t.contains("frame main.f (returning: running its deferred calls)   n = 41 (var #1)"), t);
        assertTrue(t.contains("frame main.f.func1 (returning: running its deferred calls)   n = 42 (var #1, captured)"), t);
        assertTrue(t.contains("frame main.g   ~r0 = 0, k = 7"), t);
        assertFalse(t.contains("frame main.g   ~r0 = 0, k = 0"), "k is shown from its declaration on: " + t);
        assertEquals(1, count(t, "note: deferwrap(F): "), t);
        assertEquals(1, count(t, "note: ~r0: "), t);
        assertEquals(1, count(t, "note: var #N: "), t);
    }

    private static int count(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void costLeavesStdoutByteExact() throws IOException {
        Path p = file("k.go", "package main\nimport \"fmt\"\nfunc main() {\n\tdefer fmt.Println(\"b\")\n"
                + "\tfmt.Println(\"a\")\n}\n");
        Result plain = cli("run", p.toString());
        Result cost = cli("run", "--cost", p.toString());
        assertEquals("a\nb\n", plain.out());
        assertEquals(plain.out(), cost.out());
        assertTrue(cost.err().startsWith("== cost (go1.23 (panicloop runtime)): "), cost.err());
        Result all = cli("run", "--strategy", "all", "--cost", p.toString());
        assertEquals(plain.out(), all.out());
        assertTrue(all.err().contains("== cost (heap)") || all.err().contains("== cost (panicloop)"), all.err());
    }

    @Test
    void strategyAllPrintsTheProgramOnceThenTheAgreement() throws IOException {
        Path p = file("a.go", "package main\nimport \"fmt\"\nfunc main() {\n\tdefer fmt.Println(\"b\")\n"
                + "\tpanic(\"boom\")\n}\n");
        Result r = cli("run", "--strategy", "all", p.toString());
        assertEquals(2, r.code(), "the program's own exit code when the machines agree");
        assertEquals("b\n", r.out());
        assertTrue(r.err().startsWith("panic: boom\n"), r.err());
        assertTrue(r.err().endsWith("== all 3 machines agree (abstract, panicloop, go1.23 (panicloop runtime));"
                + " exit code 2 is the program's\n"), r.err());
        Result mu = cli("run", "--strategy", "all", file("mu.go", "package main\nfunc main() {\n\tpanic(\"\u00b5\")\n}\n")
                .toString());
        assertTrue(mu.err().startsWith("panic: \u00b5\n"), "the program's bytes, not re-encoded: " + mu.err());
        Result m = cli("run", "--strategy", "all", "--mutant", "fifo-chain", "--go", "1.19",
                file("m.go", "package main\nfunc main() {\n\tdefer println(1)\n\tdefer println(2)\n}\n").toString());
        assertEquals(70, m.code());
        assertEquals("", m.out());
        assertTrue(m.err().startsWith("2\n1\n== the machines differ (exit code 70)"), m.err());
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

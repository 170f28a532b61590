package defercheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input to the trace commands gets its own message and sysexits code, never an internal error. */
class TraceBadInputTest {
    @TempDir
    Path tmp;

    private Path program(String text) throws IOException {
        Path p = tmp.resolve("p.go");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private TraceCommandTest.Result record(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "trace";
        all[1] = "record";
        all[2] = "--out";
        all[3] = tmp.resolve("t.trace.json").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return TraceCommandTest.run(all);
    }

    @Test
    void aMissingFileIs66() {
        TraceCommandTest.Result r = record(tmp.resolve("nope.go").toString());
        assertEquals(66, r.code(), r.err());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void aProgramWithErrorsIs65WithPositions() throws IOException {
        TraceCommandTest.Result r = record(program("""
                package main

                func main() {
                \tx := 1
                }
                """).toString());
        assertEquals(65, r.code(), r.err());
        assertTrue(r.err().contains(":4:2: declared and not used: x") || r.err().contains(":4:2: x declared"),
                r.err());
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        String p = program("""
                package main

                func main() {
                }
                """).toString();
        assertEquals(64, record("--go", "1.99", p).code());
        TraceCommandTest.Result mutant = record("--mutant", "nope", p);
        assertEquals(64, mutant.code());
        assertTrue(mutant.err().contains("unknown mutant 'nope'"), mutant.err());
        TraceCommandTest.Result inapplicable = record("--mutant", "fifo-chain", "--go", "1.23", p);
        assertEquals(64, inapplicable.code());
        assertTrue(inapplicable.err().contains("does not run for Go 1.23"), inapplicable.err());
        assertEquals(64, record("--kind", "story", p).code());
        assertEquals(64, TraceCommandTest.run("trace", "record", p).code(), "--out is required");
    }

    @Test
    void aMissingTraceIs66AndAnotherFileIs65() throws IOException {
        String missing = tmp.resolve("nope.trace.json").toString();
        for (String cmd : new String[] {"show", "diff"}) {
            TraceCommandTest.Result r = TraceCommandTest.run("trace", cmd, missing);
            assertEquals(66, r.code(), cmd + ": " + r.err());
            assertTrue(r.err().contains("no such trace file"), r.err());
        }
        assertEquals(66, TraceCommandTest.run("trace", "export", "--format", "itf", missing).code());
        Path notATrace = program("package main\n");
        assertEquals(65, TraceCommandTest.run("trace", "show", notATrace.toString()).code());
    }

    @Test
    void anOutTlaCannotNameIsAUsageErrorAndAnUnwritableOutIs73() throws IOException {
        String goexit = TraceReplayTest.TRACES.resolve("examples/goexit.trace.json").toString();
        TraceCommandTest.Result name = TraceCommandTest.run("trace", "export", "--format", "tla", "--out",
                tmp.resolve("bad-name.tla").toString(), goexit);
        assertEquals(64, name.code(), name.err());
        assertTrue(name.err().contains("a TLA+ module name must be letters, digits, _"), name.err());
        Path file = Files.writeString(tmp.resolve("a-file"), "");
        for (String[] how : new String[][] {{"tla", "X.tla"}, {"html", "x.html"}, {"itf", "x.json"}}) {
            TraceCommandTest.Result r = TraceCommandTest.run("trace", "export", "--format", how[0], "--out",
                    file.resolve(how[1]).toString(), goexit);
            assertEquals(73, r.code(), how[0] + ": " + r.err());
            assertTrue(r.err().contains("cannot write " + file.resolve(how[1])), r.err());
        }
    }

    @Test
    void aStepOutsideTheTraceIsAUsageError() {
        String fifo = TraceReplayTest.TRACES.resolve("mutants/tiny-go1.19-fifo-chain-163.trace.json").toString();
        assertEquals(0, TraceCommandTest.run("trace", "show", fifo, "--step", "0").code());
        TraceCommandTest.Result r = TraceCommandTest.run("trace", "show", fifo, "--step", "9999");
        assertEquals(64, r.code(), r.err());
        assertTrue(r.err().contains("--step 9999: the trace's abstract machine has steps 0 to "), r.err());
        assertEquals(64, TraceCommandTest.run("trace", "show", fifo, "--step", "-1").code());
        assertEquals(65, TraceCommandTest.run("trace", "show", fifo, "--machine", "nope").code());
    }
}

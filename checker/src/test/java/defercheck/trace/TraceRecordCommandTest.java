package defercheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input to {@code trace record} gets its own message and sysexits code, never an internal error. */
class TraceRecordCommandTest {
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
        TraceCommandTest.Result r = record(program("package main\n\nfunc main() {\n\tx := 1\n}\n").toString());
        assertEquals(65, r.code(), r.err());
        assertTrue(r.err().contains(":4:2: declared and not used: x") || r.err().contains(":4:2: x declared"),
                r.err());
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        String p = program("package main\n\nfunc main() {\n}\n").toString();
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
}

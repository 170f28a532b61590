package defercheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.tlc.CalculusRecognizer;
import defercheck.tlc.TlaTraceExport;
import defercheck.tlc.TraceValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trace export --format tla} through the real command line on every committed trace. A trace whose program
 * is in the core calculus is exported for each of its machines that has a strategy spec, and TLC (forked) must
 * accept each module as a behaviour of that spec; every other trace, and every other machine, is refused with
 * exit 65 and the reason, and nothing is written.
 */
class TraceExportTlaTest {
    static final Path SPEC = Paths.get(System.getProperty("defercheck.spec.dir", "../spec"));

    @Test
    void committedCalculusTracesAreBehavioursOfTheirSpecsAndOthersAreRefused(@TempDir Path dir) throws Exception {
        List<String> validated = new ArrayList<>();
        int refused = 0;
        List<Path> files = TraceReplayTest.committed();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            Trace t = TraceReader.read(f);
            boolean fits = !t.tlc() && CalculusRecognizer.recognize(t.source()).isPresent();
            for (TraceMachine m : t.machines()) {
                Path out = dir.resolve("T" + i + "_" + validated.size() + "_" + refused + ".tla");
                TraceCommandTest.Result r = TraceCommandTest.run("trace", "export", "--format", "tla",
                        "--machine", m.name(), "--out", out.toString(), f.toString());
                if (fits && hasSpec(m)) {
                    assertEquals(0, r.code(), f + " " + m.name() + ": " + r.err());
                    TraceValidation.Result v = TraceValidation.validate(out, SPEC, 120);
                    assertTrue(v.accepted(), f + " on " + m.name() + ": " + v.tlc().describe() + "\n"
                            + v.tlc().message() + "\n" + v.tlc().trace());
                    validated.add(f.getFileName() + " " + m.name());
                } else {
                    assertEquals(65, r.code(), f + " " + m.name() + ": " + r.out() + r.err());
                    assertTrue(r.err().contains(!fits ? (t.tlc() ? "a TLC counterexample" : "not in the core calculus")
                            : "has no TLA+ spec of its own"), r.err());
                    assertTrue(Files.notExists(out), out + " written for a refused export");
                    refused++;
                }
            }
        }
        System.out.println("trace export --format tla: TLC accepted " + validated.size() + " (" + validated
                + "), " + refused + " refused");
        assertTrue(validated.size() >= 4, "too few committed traces in the core calculus: " + validated);
    }

    @Test
    void tlaNeedsATlaOutputFile() {
        Path any = TraceReplayTest.TRACES.resolve("mutants/tiny-go1.19-fifo-chain-163.trace.json");
        assertEquals(64, TraceCommandTest.run("trace", "export", "--format", "tla", any.toString()).code());
    }

    private static boolean hasSpec(TraceMachine m) {
        for (TlaTraceExport.Target target : TlaTraceExport.Target.values()) {
            if (target.id().equals(m.name())) {
                return true;
            }
        }
        return false;
    }
}

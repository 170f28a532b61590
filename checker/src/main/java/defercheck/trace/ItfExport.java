package defercheck.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One machine's run as an ITF trace (Apalache ADR-015, the format Apalache and Quint read): one ITF state
 * per step, the step's event and span and the machine's state as variables. Every integer is
 * {@code {"#bigint": "n"}}, as the format requires since its 2023-09-14 revision. A TLC trace's variables
 * are TLA+ text; they are parsed and converted value by value.
 */
public final class ItfExport {
    static final String FORMAT_DESCRIPTION = "https://apalache-mc.org/docs/adr/015adr-trace.html";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ItfExport() {
    }

    public static String render(Trace t, TraceMachine m, String sourceName) throws java.io.IOException {
        ObjectNode root = F.objectNode();
        ObjectNode meta = root.putObject("#meta");
        meta.put("format", "ITF");
        meta.put("format-description", FORMAT_DESCRIPTION);
        meta.put("source", sourceName);
        meta.put("description", t.tlc() ? "TLC counterexample of " + m.name() + ": " + m.outcome().kind()
                : "defercheck machine " + m.name() + ", Go " + t.go() + (t.mutant() == null ? "" : ", mutant " + t.mutant()));
        List<String> vars = vars(t, m);
        ArrayNode va = root.putArray("vars");
        vars.forEach(va::add);
        ArrayNode states = root.putArray("states");
        for (Step s : m.steps()) {
            ObjectNode st = states.addObject();
            st.putObject("#meta").put("index", s.index());
            if (t.tlc()) {
                for (Map.Entry<String, String> e : s.state().vars().entrySet()) {
                    st.set(e.getKey(), TlaValueParser.toItf(e.getValue()));
                }
                continue;
            }
            st.set("line", big(s.line()));
            st.set("col", big(s.col()));
            st.put("kind", s.kind());
            st.put("event", s.event());
            st.put("observable", s.observable());
            st.set("frames", frames(s.state().frames()));
            st.set("panics", strings(s.state().panics()));
            if (vars.contains("chain")) {
                st.set("chain", strings(s.state().chain()));
                st.put("pool", s.state().pool());
            }
            st.put("stdout", s.state().stdout());
            st.put("stderr", s.state().stderr());
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }

    private static List<String> vars(Trace t, TraceMachine m) {
        if (t.tlc()) {
            return m.steps().isEmpty() ? List.of() : new ArrayList<>(m.steps().get(0).state().vars().keySet());
        }
        List<String> v = new ArrayList<>(List.of("line", "col", "kind", "event", "observable", "frames", "panics"));
        if (!m.steps().isEmpty() && m.steps().get(0).state().chain() != null) {
            v.add("chain");
            v.add("pool");
        }
        v.add("stdout");
        v.add("stderr");
        return v;
    }

    private static JsonNode frames(List<FrameState> frames) {
        ArrayNode a = F.arrayNode();
        for (FrameState f : frames) {
            ObjectNode o = a.addObject();
            o.put("function", f.function());
            o.put("detail", f.detail());
            o.set("pending", strings(f.pending()));
        }
        return a;
    }

    private static JsonNode strings(List<String> items) {
        ArrayNode a = F.arrayNode();
        items.forEach(a::add);
        return a;
    }

    private static JsonNode big(long n) {
        return F.objectNode().put("#bigint", Long.toString(n));
    }
}

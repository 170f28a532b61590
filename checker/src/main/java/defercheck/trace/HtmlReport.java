package defercheck.trace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One self-contained HTML file: the trace as JSON inside a script element, and the viewer's own CSS and
 * JavaScript ({@code viewer.css}, {@code viewer.js}, shared with the playground of {@code defercheck serve}).
 * No network: nothing is fetched, so the file works offline and from an archive.
 */
public final class HtmlReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlReport() {
    }

    public static String render(Trace t, String fileName) throws IOException {
        // Inside <script>, only "</" can end the element early; JSON allows "<\/" for it.
        String json = JSON.writeValueAsString(data(t, fileName)).replace("</", "<\\/");
        return resource("report.html").replace("__TITLE__", escape(fileName)).replace("__CSS__", resource("viewer.css"))
                .replace("__JS__", resource("viewer.js")).replace("__DATA__", json);
    }

    /** What the viewer draws: title, source, glossary, and per machine its steps with their drawn state. */
    public static ObjectNode data(Trace t, String fileName) {
        ObjectNode d = JSON.createObjectNode();
        d.put("title", fileName);
        d.put("subtitle", subtitle(t));
        Divergence div = t.divergence();
        if (div != null) {
            d.put("divergenceText", "first divergence: " + div.machine() + " observable #" + div.observableIndex()
                    + ": expected " + div.expected() + ", got " + div.actual());
        }
        ArrayNode src = d.putArray("source");
        t.sourceLines().forEach(src::add);
        int focus = 0;
        ArrayNode ms = d.putArray("machines");
        Set<String> noted = new LinkedHashSet<>();
        ArrayNode notes = d.putArray("glossary");
        for (int mi = 0; mi < t.machines().size(); mi++) {
            TraceMachine m = t.machines().get(mi);
            if (div != null && m.name().equals(div.machine())) {
                focus = mi;
            }
            int divergentStep = div == null ? -1
                    : m.name().equals(div.machine()) || m.name().equals(div.reference())
                    ? m.stepOfObservable(div.observableIndex()) : -1;
            ObjectNode mo = ms.addObject();
            mo.put("name", m.name());
            mo.put("reference", m.reference());
            ArrayNode steps = mo.putArray("steps");
            for (Step s : m.steps()) {
                ObjectNode so = steps.addObject();
                so.put("line", s.line());
                so.put("col", s.col());
                so.put("kind", s.kind());
                so.put("event", s.event());
                so.put("obs", s.observable());
                so.put("divergent", s.index() == divergentStep);
                state(so, s.state());
                for (Glossary.Note n : Glossary.newIn(s.event() + "\n" + String.join("\n", s.state().panel()), noted)) {
                    notes.addObject().put("name", n.name()).put("text", n.text());
                }
            }
        }
        d.put("focus", focus);
        return d;
    }

    /** A counterexample or a claim's witness says so; anyone's own recording is just a run. */
    private static String subtitle(Trace t) {
        if (t.tlc()) {
            return "TLC counterexample";
        }
        String kind = switch (t.kind() == null ? "" : t.kind()) {
            case "counterexample" -> "counterexample, ";
            case "witness" -> "witness of a claim, ";
            default -> "";
        };
        return kind + "Go " + t.go() + ", " + t.machines().size() + (t.machines().size() == 1 ? " machine" : " machines")
                + (t.mutant() == null ? "" : ", mutant " + t.mutant())
                + (t.description() == null ? "" : ": " + t.description());
    }

    private static void state(ObjectNode so, StepState s) {
        if (s.vars() != null) {
            ArrayNode panel = so.putArray("panel");
            s.panel().forEach(panel::add);
            return;
        }
        ObjectNode st = so.putObject("state");
        ArrayNode frames = st.putArray("frames");
        for (FrameState f : s.frames()) {
            ObjectNode fo = frames.addObject();
            fo.put("function", f.function());
            fo.put("detail", f.detail());
            strings(fo.putArray("pending"), f.pending());
            strings(fo.putArray("vars"), f.vars());
        }
        if (s.chain() != null) {
            strings(st.putArray("chain"), s.chain());
        }
        strings(st.putArray("panics"), s.panics());
        if (s.pool() != null) {
            st.put("pool", s.pool());
        }
        st.put("stdout", s.stdout());
        st.put("stderr", s.stderr());
    }

    private static void strings(ArrayNode a, List<String> items) {
        items.forEach(a::add);
    }

    /** A text resource of this package: the page, the viewer's CSS or JavaScript. */
    public static String resource(String name) throws IOException {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

package defercheck.trace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * One self-contained HTML file: the trace as JSON inside a script element, and the page's own CSS and
 * JavaScript. No network: nothing is fetched, so the file works offline and from an archive.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String render(Trace t, String fileName) throws IOException {
        ObjectMapper om = new ObjectMapper();
        ObjectNode d = om.createObjectNode();
        d.put("title", fileName);
        d.put("subtitle", t.tlc() ? "TLC counterexample" : t.kind() + ", Go " + t.go()
                + (t.mutant() == null ? "" : ", mutant " + t.mutant())
                + (t.description() == null ? "" : ": " + t.description()));
        Divergence div = t.divergence();
        if (div != null) {
            d.put("divergenceText", "first divergence: " + div.machine() + " observable #" + div.observableIndex()
                    + ": expected " + div.expected() + ", got " + div.actual());
        }
        ArrayNode src = d.putArray("source");
        t.sourceLines().forEach(src::add);
        int focus = 0;
        ArrayNode ms = d.putArray("machines");
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
                ArrayNode panel = so.putArray("panel");
                s.state().panel().forEach(panel::add);
            }
        }
        d.put("focus", focus);
        // Inside <script>, only "</" can end the element early; JSON allows "<\/" for it.
        String json = om.writeValueAsString(d).replace("</", "<\\/");
        return template().replace("__TITLE__", escape(fileName)).replace("__DATA__", json);
    }

    private static String template() throws IOException {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.html")) {
            if (in == null) {
                throw new IOException("report.html missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

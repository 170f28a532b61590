package defercheck.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads any trace file the project writes: explorer counterexamples (/1 and /2) and TLC counterexamples. */
public final class TraceReader {
    private TraceReader() {
    }

    public static Trace read(Path file) throws IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "no such trace file");
        }
        return parse(new ObjectMapper().readTree(file.toFile()), file.toString());
    }

    /** A trace from its JSON text ({@code where} names it in errors). */
    public static Trace parse(String json, String where) throws IOException {
        return parse(new ObjectMapper().readTree(json), where);
    }

    private static Trace parse(JsonNode root, String file) throws IOException {
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": not a JSON object");
        }
        if (root.has("model") && root.has("states")) {
            return tlc(root);
        }
        String schema = text(root, "schema");
        if (schema == null || !schema.startsWith("defercheck.counterexample/")) {
            throw new IOException(file + ": unknown trace schema " + schema);
        }
        JsonNode prog = root.path("program");
        List<TraceMachine> machines = new ArrayList<>();
        for (JsonNode m : root.path("machines")) {
            machines.add(machine(m));
        }
        JsonNode d = root.path("divergence");
        Divergence div = d.isObject() ? new Divergence(text(d, "reference"), text(d, "machine"),
                d.path("observable_index").asInt(), text(d, "expected"), text(d, "actual")) : null;
        return new Trace(schema, root.has("kind") ? text(root, "kind") : "counterexample", text(root, "description"),
                text(root, "bound"), root.path("rank").isNumber() ? root.path("rank").asLong() : null,
                text(root, "go"), text(root, "mutant"), text(prog, "source"), text(prog, "core"), div, machines, false,
                text(root, "schedule"));
    }

    private static TraceMachine machine(JsonNode m) {
        JsonNode o = m.path("outcome");
        List<Step> steps = new ArrayList<>();
        for (JsonNode s : m.path("steps")) {
            steps.add(new Step(s.path("index").asInt(), s.path("span").path("line").asInt(),
                    s.path("span").path("col").asInt(), text(s, "kind"), text(s, "event"),
                    s.path("observable").asBoolean(), state(s.path("state"))));
        }
        return new TraceMachine(text(m, "name"), m.path("reference").asBoolean(),
                new TraceOutcome(text(o, "kind"), o.path("exit_code").asInt(), text(o, "stdout"), text(o, "stderr")),
                strings(m.path("observables")), steps);
    }

    private static StepState state(JsonNode s) {
        if (s.isArray()) {
            // Schema /1: one line of text per item; keep each line as a frame without structure.
            List<FrameState> lines = new ArrayList<>();
            s.forEach(l -> lines.add(new FrameState(l.asText(), "", List.of())));
            return new StepState(lines, null, List.of(), null, "", "");
        }
        List<FrameState> frames = new ArrayList<>();
        for (JsonNode f : s.path("frames")) {
            frames.add(new FrameState(text(f, "function"), text(f, "detail"), strings(f.path("pending")),
                    strings(f.path("vars"))));
        }
        return new StepState(frames, s.has("chain") ? strings(s.path("chain")) : null, strings(s.path("panics")),
                text(s, "pool"), text(s, "stdout"), text(s, "stderr"));
    }

    private static Trace tlc(JsonNode root) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        for (JsonNode s : root.path("states")) {
            Map<String, String> vars = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = s.path("vars").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                vars.put(e.getKey(), e.getValue().asText());
            }
            String action = s.has("action") ? text(s, "action") : "Init";
            steps.add(new Step(i++, 0, 0, action.split(" ")[0], action, true,
                    new StepState(List.of(), null, List.of(), null, "", "", vars)));
        }
        String model = text(root, "model");
        TraceMachine m = new TraceMachine(model, true, new TraceOutcome(text(root, "result"), 0, "", ""), List.of(),
                steps);
        return new Trace("tlc", "tlc-counterexample", text(root, "message"), null, null, null, null, null, null,
                null, List.of(m), true, null);
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}

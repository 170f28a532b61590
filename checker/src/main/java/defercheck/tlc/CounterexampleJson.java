package defercheck.tlc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a TLC counterexample as {@code traces/tlc/<model>.json}. Schema:
 * <pre>
 * { "model": "MCHeapDeferFIFO",
 *   "result": "invariant AbsPendingLIFO violated",
 *   "message": "Invariant AbsPendingLIFO is violated.",
 *   "states": [ { "index": 1, "vars": { "frames": "&lt;&lt;...&gt;&gt;", ... } },
 *               { "index": 2, "action": "Defer line 76, col 5 to ...", "vars": { ... } } ] }
 * </pre>
 * Values are TLA+ text exactly as TLC printed them; "action" is absent for the initial state.
 */
public final class CounterexampleJson {
    private CounterexampleJson() { }

    public static Path write(Path dir, String model, TlcResult r) throws IOException {
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = om.createObjectNode();
        root.put("model", model);
        root.put("result", r.describe());
        if (r.message() != null) {
            root.put("message", r.message());
        }
        ArrayNode states = root.putArray("states");
        for (TlcState s : r.trace()) {
            ObjectNode n = states.addObject();
            n.put("index", s.index());
            if (s.action() != null) {
                n.put("action", s.action());
            }
            ObjectNode vars = n.putObject("vars");
            // TLC does not print a state's variables in a fixed order; sorted, the file is the same every run.
            for (Map.Entry<String, String> v : new java.util.TreeMap<>(s.vars()).entrySet()) {
                vars.put(v.getKey(), v.getValue());
            }
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(model + ".json");
        om.writeValue(file.toFile(), root);
        return file;
    }
}

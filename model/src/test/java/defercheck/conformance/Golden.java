package defercheck.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** What the real toolchains did with one corpus program, per Go version (programs/README.md). */
record Golden(Map<String, Expected> byVersion) {

    /** {@code compile}: gc's diagnostics when the toolchain is older than the program needs, else empty. */
    record Expected(int exit, String stdout, String stderr, String plan, String compile) {

        boolean compileError() {
            return !compile.isEmpty();
        }
    }

    static Golden read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        Map<String, Expected> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            out.put(e.getKey(), new Expected(v.get("exit").asInt(), v.get("stdout").asText(),
                    v.get("stderr").asText(), v.has("plan") ? v.get("plan").asText() : "",
                    v.has("compile") ? v.get("compile").asText() : ""));
        }
        return new Golden(out);
    }
}

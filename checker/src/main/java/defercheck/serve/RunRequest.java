package defercheck.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import defercheck.source.GoVersion;
import java.util.List;

/**
 * One run asked for by the page: the program's text, the Go version, and the machine whose output the run shows
 * ({@code real}: the compiler's own combination, as {@code run} picks by default; or abstract, heap, stack, open,
 * panicloop). The trace always holds every machine of the version, for comparing them side by side.
 */
record RunRequest(String source, GoVersion go, String machine) {
    static final List<String> MACHINES = List.of("real", "abstract", "heap", "stack", "open", "panicloop");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Thrown for a request the page could not have sent: the message says what is wrong, for a 400 answer. */
    static final class Bad extends Exception {
        Bad(String message) {
            super(message);
        }
    }

    static RunRequest parse(String body) throws Bad {
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Bad("the request is not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new Bad("the request must be a JSON object {\"source\", \"go\", \"machine\"}");
        }
        JsonNode src = n.get("source");
        if (src == null || !src.isTextual()) {
            throw new Bad("\"source\" must be the program's text");
        }
        GoVersion v;
        try {
            v = GoVersion.parse(n.path("go").asText("1.23"));
        } catch (IllegalArgumentException e) {
            throw new Bad("\"go\": " + e.getMessage());
        }
        String machine = n.path("machine").asText("real");
        if (!MACHINES.contains(machine)) {
            throw new Bad("\"machine\" must be one of " + MACHINES);
        }
        return new RunRequest(src.asText(), v, machine);
    }
}

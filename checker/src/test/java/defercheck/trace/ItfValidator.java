package defercheck.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the Informal Trace Format (Apalache ADR-015, rev. 2023-09-14), written down from the spec
 * to check our export independently of the code that writes it. Returns the violations, empty if none.
 * <ul>
 *   <li>the trace is an object with {@code vars} (array of strings) and {@code states} (array), and
 *       optionally {@code #meta} (object), {@code params} (array of strings), {@code loop} (an index);
 *       no other fields;</li>
 *   <li>each state is an object with an optional {@code #meta} object and exactly the {@code vars};</li>
 *   <li>a value is a boolean, a string, a list (array), a record (object whose keys do not start with
 *       {@code #}), or one of {@code {"#bigint": "[-][0-9]+"}}, {@code {"#tup": [...]}},
 *       {@code {"#set": [...]}}, {@code {"#map": [[k, v], ...]}}, {@code {"#unserializable": "..."}};</li>
 *   <li>integers are never JSON numbers and null is not a value.</li>
 * </ul>
 */
final class ItfValidator {
    private final List<String> errors = new ArrayList<>();

    static List<String> validate(JsonNode trace) {
        ItfValidator v = new ItfValidator();
        v.trace(trace);
        return v.errors;
    }

    private void trace(JsonNode t) {
        if (!t.isObject()) {
            errors.add("trace: not an object");
            return;
        }
        for (Iterator<String> it = t.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("#meta", "vars", "states", "params", "loop").contains(f)) {
                errors.add("trace: unknown field " + f);
            }
        }
        if (t.has("#meta") && !t.get("#meta").isObject()) {
            errors.add("#meta: not an object");
        }
        Set<String> vars = new HashSet<>();
        JsonNode va = t.get("vars");
        if (va == null || !va.isArray()) {
            errors.add("vars: missing or not an array");
        } else {
            va.forEach(n -> {
                if (!n.isTextual() || !vars.add(n.asText())) {
                    errors.add("vars: not a string or repeated: " + n);
                }
            });
        }
        if (t.has("params") && !t.get("params").isArray()) {
            errors.add("params: not an array");
        }
        if (t.has("loop") && !t.get("loop").canConvertToInt()) {
            errors.add("loop: not an index");
        }
        JsonNode states = t.get("states");
        if (states == null || !states.isArray()) {
            errors.add("states: missing or not an array");
            return;
        }
        for (int i = 0; i < states.size(); i++) {
            state(i, states.get(i), vars);
        }
    }

    private void state(int i, JsonNode s, Set<String> vars) {
        if (!s.isObject()) {
            errors.add("state " + i + ": not an object");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("#meta")) {
                if (!e.getValue().isObject()) {
                    errors.add("state " + i + ": #meta not an object");
                }
                continue;
            }
            if (!vars.contains(e.getKey())) {
                errors.add("state " + i + ": " + e.getKey() + " is not in vars");
            }
            seen.add(e.getKey());
            value("state " + i + "." + e.getKey(), e.getValue());
        }
        if (!seen.equals(vars)) {
            errors.add("state " + i + ": has " + seen + ", vars are " + vars);
        }
    }

    private void value(String at, JsonNode v) {
        if (v.isBoolean() || v.isTextual()) {
            return;
        }
        if (v.isNumber()) {
            errors.add(at + ": a JSON number; ITF integers are {\"#bigint\": \"n\"}");
        } else if (v.isNull()) {
            errors.add(at + ": null is not an ITF value");
        } else if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                value(at + "[" + i + "]", v.get(i));
            }
        } else if (v.has("#bigint")) {
            only(at, v, "#bigint");
            if (!v.get("#bigint").isTextual() || !v.get("#bigint").asText().matches("-?[0-9]+")) {
                errors.add(at + ": #bigint must be a string of digits");
            }
        } else if (v.has("#tup") || v.has("#set")) {
            String tag = v.has("#tup") ? "#tup" : "#set";
            only(at, v, tag);
            if (!v.get(tag).isArray()) {
                errors.add(at + ": " + tag + " must hold an array");
            } else {
                value(at + tag, v.get(tag));
            }
        } else if (v.has("#map")) {
            only(at, v, "#map");
            JsonNode pairs = v.get("#map");
            if (!pairs.isArray()) {
                errors.add(at + ": #map must hold an array");
                return;
            }
            for (JsonNode p : pairs) {
                if (!p.isArray() || p.size() != 2) {
                    errors.add(at + ": #map entries are [key, value] pairs");
                } else {
                    value(at + "#map.key", p.get(0));
                    value(at + "#map.value", p.get(1));
                }
            }
        } else if (v.has("#unserializable")) {
            only(at, v, "#unserializable");
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().startsWith("#")) {
                    errors.add(at + ": record field " + e.getKey() + " starts with #");
                }
                value(at + "." + e.getKey(), e.getValue());
            }
        }
    }

    private void only(String at, JsonNode v, String tag) {
        if (v.size() != 1) {
            errors.add(at + ": " + tag + " object has other fields");
        }
    }
}

package defercheck.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A machine's state right after one step. Every machine has frames (innermost first), a panic stack
 * (newest first) and the outputs so far; a strategy machine also has the g._defer chain (head first, every
 * record's fields) and the defer pool, which the abstract semantics lacks ({@code chain == null}). A TLC
 * state has none of these but its variables as TLA+ text ({@code vars}, null for machine states).
 */
public record StepState(List<FrameState> frames, List<String> chain, List<String> panics, String pool,
                        String stdout, String stderr, Map<String, String> vars) {

    public StepState {
        frames = List.copyOf(frames);
        chain = chain == null ? null : List.copyOf(chain);
        panics = List.copyOf(panics);
        vars = vars == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(vars));
    }

    StepState(List<FrameState> frames, List<String> chain, List<String> panics, String pool, String stdout,
              String stderr) {
        this(frames, chain, panics, pool, stdout, stderr, null);
    }

    String toJson() {
        StringBuilder sb = new StringBuilder("{\"frames\": [");
        for (int i = 0; i < frames.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(frames.get(i).toJson());
        }
        sb.append("]");
        if (chain != null) {
            sb.append(", \"chain\": ").append(Jsons.array(chain));
        }
        sb.append(", \"panics\": ").append(Jsons.array(panics));
        if (pool != null) {
            sb.append(", \"pool\": ").append(Jsons.quote(pool));
        }
        return sb.append(", \"stdout\": ").append(Jsons.quote(stdout)).append(", \"stderr\": ")
                .append(Jsons.quote(stderr)).append('}').toString();
    }

    /** The state panel, one line per item, as {@code trace show} and the HTML report print it. */
    public List<String> panel() {
        List<String> out = new ArrayList<>();
        if (vars != null) {
            vars.forEach((k, v) -> out.add(k + " = " + v.replaceAll("\\s*\n\\s*", " ")));
            return out;
        }
        if (chain != null) {
            out.add("g._defer: " + (chain.isEmpty() ? "nil" : String.join(" -> ", chain)));
        }
        for (FrameState f : frames) {
            out.add("frame " + f.render());
        }
        out.add("panics: " + (panics.isEmpty() ? "none" : String.join(" -> ", panics)));
        if (pool != null) {
            out.add("pool: " + pool);
        }
        out.add("stdout: " + defercheck.explore.Json.quote(stdout));
        out.add("stderr: " + defercheck.explore.Json.quote(stderr));
        return out;
    }
}

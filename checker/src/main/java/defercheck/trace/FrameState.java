package defercheck.trace;

import java.util.List;

/**
 * One frame of a step's state. {@code detail} is what the machine alone knows (the abstract frame's mode;
 * a runtime frame's sp, deferBits, slots, stack records and runtime routine). {@code pending} is the
 * deferred calls the frame still owes, in run order: the one notion every machine shares, so
 * {@code trace diff} compares it. {@code vars} is the frame's variables as {@code name = value} (see
 * {@link FrameValues}); empty in traces recorded before values were kept.
 */
public record FrameState(String function, String detail, List<String> pending, List<String> vars) {

    public FrameState {
        pending = List.copyOf(pending);
        vars = List.copyOf(vars);
    }

    FrameState(String function, String detail, List<String> pending) {
        this(function, detail, pending, List.of());
    }

    String toJson() {
        return "{\"function\": " + Jsons.quote(function) + ", \"detail\": " + Jsons.quote(detail)
                + ", \"pending\": " + Jsons.array(pending) + ", \"vars\": " + Jsons.array(vars) + "}";
    }

    /** One line for terminal and HTML panels. */
    public String render() {
        return function + (detail.isEmpty() ? "" : " " + detail) + (vars.isEmpty() ? "" : " {" + String.join(", ", vars)
                + "}") + " pending [" + String.join(", ", pending) + "]";
    }
}

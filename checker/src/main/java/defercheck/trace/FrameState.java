package defercheck.trace;

import java.util.List;

/**
 * One frame of a step's state. {@code detail} is what the machine alone knows (the abstract frame's mode;
 * a runtime frame's sp, deferBits, slots, stack records and runtime routine). {@code pending} is the
 * deferred calls the frame still owes, in run order: the one notion every machine shares, so
 * {@code trace diff} compares it.
 */
public record FrameState(String function, String detail, List<String> pending) {

    public FrameState {
        pending = List.copyOf(pending);
    }

    String toJson() {
        return "{\"function\": " + Jsons.quote(function) + ", \"detail\": " + Jsons.quote(detail)
                + ", \"pending\": " + Jsons.array(pending) + "}";
    }

    /** One line for terminal and HTML panels. */
    public String render() {
        return function + (detail.isEmpty() ? "" : " " + detail) + " pending [" + String.join(", ", pending) + "]";
    }
}

package defercheck.straightline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go values as GoDefer's numbers: each printed text (with its stream), panic value and result tuple gets the next
 * number from 1 in the order the run met it. A nil panic value (what recover returns when it recovers nothing) is GoDefer's Nil,
 * 0, and so is a frame's zero result tuple, GoDefer's initial result.
 */
final class StraightLineValues {
    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private int largestExitCode;

    int of(String kind, String text) {
        return ids.computeIfAbsent(kind + " " + text, k -> ids.size() + 1);
    }

    /** A panic value or recover's result, as Go's %#v-like debug text ({@code nil} is 0). */
    int panicValue(String debugText) {
        return debugText.equals("nil") ? 0 : of("value", debugText);
    }

    /** A frame's result values, joined: 0 for the frame's zero values. */
    int result(StraightLineBody b, String text) {
        return text.equals(b.zero) ? 0 : of("results", text);
    }

    void exitCode(int code) {
        largestExitCode = Math.max(largestExitCode, code);
    }

    /** The largest number GoDefer must accept as a value (at least 1: Values is never empty). */
    int largest() {
        return Math.max(1, Math.max(ids.size(), largestExitCode));
    }

    /** {@code N = kind text} lines for the module's comment. */
    List<String> table() {
        List<String> out = new ArrayList<>();
        ids.forEach((k, v) -> out.add(v + " = " + k));
        return out;
    }
}

package defercheck.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * A step's state as lines of text for {@code run --trace}: each frame, innermost first, with its variables and the
 * deferred calls it still owes (next to run first), then the panics; the runtime view adds the g._defer chain
 * and the pool.
 */
public final class StateText {
    private StateText() {
    }

    public static List<String> lines(StepState s) {
        List<String> out = new ArrayList<>();
        if (s.chain() != null) {
            out.add("g._defer: " + (s.chain().isEmpty() ? "nil" : String.join(" -> ", s.chain())));
        }
        for (FrameState f : s.frames()) {
            out.add("frame " + f.function() + mode(f.detail()) + (f.vars().isEmpty() ? ""
                    : "   " + String.join(", ", f.vars())));
            if (!f.pending().isEmpty()) {
                out.add("      deferred, next to run first: " + String.join(", ", f.pending()));
            }
        }
        out.add("panics: " + (s.panics().isEmpty() ? "none" : String.join(", ", s.panics())));
        if (s.pool() != null) {
            out.add("pool: " + s.pool());
        }
        return out;
    }

    /** The abstract frame's mode in words; a runtime frame's detail as the machine gives it. */
    static String mode(String detail) {
        return switch (detail) {
            case "RUNNING", "" -> "";
            case "EXITING" -> " (returning: running its deferred calls)";
            case "PANICKING" -> " (panicking: deferred calls run above it)";
            default -> " " + detail;
        };
    }
}

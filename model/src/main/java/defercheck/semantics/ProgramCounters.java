package defercheck.semantics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's program counters: opaque uintptr values that stand for a frame of runtime.Callers (an
 * equal-by-value record of semantics.natives), so that what runtime.Callers returns can go to CallersFrames and
 * FuncForPC. gc's real values are addresses the model cannot know; these live in a range of their own
 * ({@link #isPc}) so that printing one (print, println, fmt) is refused. The same frame always gets the same value.
 */
public final class ProgramCounters {
    private static final long BASE = 0x7f5c_0000_0000_0000L;
    private static final Map<Object, Long> PCS = new HashMap<>();
    private static final List<Object> FRAMES = new ArrayList<>();

    private ProgramCounters() {
    }

    public static synchronized long pc(Object f) {
        return PCS.computeIfAbsent(f, k -> {
            FRAMES.add(k);
            return BASE + 16L * (FRAMES.size() - 1);
        });
    }

    /** The frame of a pc the model made; UnsupportedOperationException for any other value. */
    public static synchronized Object frame(long pc) {
        long i = (pc - BASE) / 16;
        if (!isPc(pc) || (pc - BASE) % 16 != 0 || i >= FRAMES.size()) {
            throw new UnsupportedOperationException("a program counter that runtime.Caller or Callers did not "
                    + "return (the model's pcs are not addresses)");
        }
        return FRAMES.get((int) i);
    }

    /** The refusal of a text that would show one of them. */
    public static final String PRINTING = "printing a program counter from runtime.Caller or Callers (the model's "
            + "pcs are not gc's addresses)";

    /** Whether any of {@code values} is an integer in the pcs' range (printing it would invent an address). */
    public static boolean anyPc(java.util.List<Value> values) {
        for (Value v : values) {
            if (v instanceof Value.IntValue i && isPc(i.value())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a uintptr lies in the model's pc range, where printing it would show a made-up address. */
    public static boolean isPc(long v) {
        return v >= BASE && v < BASE + (1L << 40);
    }
}

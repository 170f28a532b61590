package defercheck.semantics.natives;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's program counters: opaque uintptr values that stand for a {@link LogicalFrame}, so that what
 * runtime.Callers returns can go to CallersFrames and FuncForPC. gc's real values are addresses the model cannot
 * know; these live in a range of their own ({@link #isPc}) so that printing one can be refused. The same frame
 * (function, file, line) always gets the same value.
 */
final class PcTable {
    static final long BASE = 0x7f5c_0000_0000_0000L;
    private static final Map<LogicalFrame, Long> PCS = new HashMap<>();
    private static final List<LogicalFrame> FRAMES = new ArrayList<>();

    private PcTable() {
    }

    static synchronized long pc(LogicalFrame f) {
        return PCS.computeIfAbsent(f, k -> {
            FRAMES.add(k);
            return BASE + 16L * (FRAMES.size() - 1);
        });
    }

    /** The frame of a pc the model made; UnsupportedOperationException for any other value. */
    static synchronized LogicalFrame frame(long pc) {
        long i = (pc - BASE) / 16;
        if (!isPc(pc) || (pc - BASE) % 16 != 0 || i >= FRAMES.size()) {
            throw new UnsupportedOperationException("a program counter that runtime.Caller or Callers did not "
                    + "return (the model's pcs are not addresses)");
        }
        return FRAMES.get((int) i);
    }

    /** Whether a uintptr lies in the model's pc range, where printing it would show a made-up address. */
    static boolean isPc(long v) {
        return v >= BASE && v < BASE + (1L << 40);
    }
}

package defercheck.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The deferred calls a frame of a {@link RuntimeMachine} still owes, in the order they would run, so a trace can
 * compare them with the abstract semantics' per-frame defer lists. A frame's calls are the not-started,
 * non-synthetic records of g._defer whose sp is the frame's (heap and stack records alike, mirroring the
 * runtime's {@code d.sp == sp} test in deferreturn) and, for an open-coded frame, the slots whose deferBits bit
 * is set, highest bit first (the order of the open-coded exit code).
 */
final class PendingDefers {
    private PendingDefers() {
    }

    static List<String> owedBy(RuntimeMachine m, GoFrame f) {
        List<String> calls = new ArrayList<>();
        int guard = 0;
        for (DeferRecord d = m.g().deferHead; d != null && guard < 10_000; d = d.link, guard++) {
            if (d.sp == f.sp() && !d.started && !d.openDefer && d.fn != null) {
                calls.add(d.fn.describe());
            }
        }
        for (int i = f.slots.length - 1; i >= 0; i--) {
            if ((f.deferBits & (1 << i)) != 0 && f.slots[i] != null) {
                calls.add(f.slots[i].describe());
            }
        }
        return calls;
    }
}

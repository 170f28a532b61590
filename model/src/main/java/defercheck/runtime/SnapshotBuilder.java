package defercheck.runtime;

import defercheck.semantics.DeferredCall;
import defercheck.semantics.FrameSnapshot;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link RuntimeMachine}'s strategy-level state as a {@link RuntimeSnapshot}. */
final class SnapshotBuilder {

    private SnapshotBuilder() {
    }

    static RuntimeSnapshot of(RuntimeMachine m) {
        List<String> chain = new ArrayList<>();
        int guard = 0;
        for (DeferRecord d = m.g().deferHead; d != null && guard < 10_000; d = d.link, guard++) {
            chain.add(d.describe());
        }
        List<FrameSnapshot> frames = new ArrayList<>();
        for (int i = m.frameCount() - 1; i >= 0; i--) {
            GoFrame f = m.frame(i);
            frames.add(new FrameSnapshot(f.name(), detail(f), PendingDefers.owedBy(m, f)));
        }
        List<String> panics = new ArrayList<>();
        for (RuntimePanic p = m.g().panicHead; p != null; p = p.link) {
            panics.add(p.describe());
        }
        return new RuntimeSnapshot(chain, frames, panics, "per-P " + m.pool.localSize() + " free, global "
                + m.pool.globalSize() + " free");
    }

    private static String detail(GoFrame f) {
        StringBuilder sb = new StringBuilder("sp=").append(Sp.hex(f.sp()));
        if (f.openCoded()) {
            sb.append(" deferBits=").append(f.bitsText()).append(" slots=[");
            for (int i = 0; i < f.slots.length; i++) {
                DeferredCall c = f.slots[i];
                sb.append(i > 0 ? ", " : "").append(c == null ? "nil" : c.describe());
            }
            sb.append(']');
        }
        if (!f.stackRecords.isEmpty()) {
            sb.append(" stack records ").append(f.stackRecords.size());
        }
        if (f.activity != null) {
            sb.append(" in ").append(routine(f.activity));
        }
        return sb.toString();
    }

    private static String routine(Activity a) {
        if (a instanceof Activity.OpenDeferExit) {
            return "open-coded exit code";
        } else if (a instanceof Activity.DeferReturn) {
            return "runtime.deferreturn";
        } else if (a instanceof Activity.DeferLoop l) {
            return (l.goexit ? "runtime.Goexit" : "runtime.gopanic") + " (" + l.phase + ")";
        } else if (a instanceof Activity.PanicLoop l) {
            return (l.p.deferreturn ? "runtime.deferreturn" : l.p.goexit ? "runtime.Goexit" : "runtime.gopanic")
                    + " (_panic#" + l.p.serial + ")";
        }
        throw new AssertionError(a);
    }
}

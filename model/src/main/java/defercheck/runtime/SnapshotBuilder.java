package defercheck.runtime;

import defercheck.semantics.DeferredCall;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link RuntimeMachine}'s strategy-level state as a {@link Snapshot}. */
final class SnapshotBuilder {

    private SnapshotBuilder() {
    }

    static Snapshot of(RuntimeMachine m) {
        List<String> chain = new ArrayList<>();
        int guard = 0;
        for (DeferRecord d = m.deferHead; d != null && guard < 10_000; d = d.link, guard++) {
            chain.add(d.describe());
        }
        List<String> frames = new ArrayList<>();
        for (int i = m.frames.size() - 1; i >= 0; i--) {
            frames.add(frame(m.frames.get(i)));
        }
        List<String> panics = new ArrayList<>();
        for (RuntimePanic p = m.panicHead; p != null; p = p.link) {
            panics.add(p.describe());
        }
        return new Snapshot(chain, frames, panics, "per-P " + m.pool.localSize() + " free, global "
                + m.pool.globalSize() + " free");
    }

    private static String frame(GoFrame gf) {
        StringBuilder sb = new StringBuilder(gf.name()).append(" sp=").append(Sp.hex(gf.sp()));
        if (gf.openCoded()) {
            sb.append(" deferBits=").append(gf.bitsText()).append(" slots=[");
            for (int i = 0; i < gf.slots.length; i++) {
                DeferredCall c = gf.slots[i];
                sb.append(i > 0 ? ", " : "").append(c == null ? "nil" : c.describe());
            }
            sb.append(']');
        }
        if (!gf.stackRecords.isEmpty()) {
            sb.append(" stack records ").append(gf.stackRecords.size());
        }
        if (gf.activity != null) {
            sb.append(" in ").append(routine(gf.activity));
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

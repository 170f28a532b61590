package defercheck.runtime;

import defercheck.semantics.DeferredCall;
import defercheck.semantics.Frame;
import defercheck.semantics.PanicRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link RuntimeMachine}'s goroutine in the abstract semantics' terms, read-only, for readers that follow a
 * run from outside (a trace exported to TLA+): its frames, its user-visible panics, and the deferred calls the
 * runtime holds, whatever records or deferBits slots hold them.
 */
public final class RuntimeView {
    private RuntimeView() {
    }

    /** The frames, outermost first, as the abstract machine lists its own. */
    public static List<Frame> frames(RuntimeMachine m) {
        return m.plainFrames();
    }

    /**
     * g._panic oldest first, without 1.22's deferreturn records (the runtime's own, no Go panic). The depth of
     * each record is not kept (the same for all).
     */
    public static List<PanicRecord> panics(RuntimeMachine m) {
        List<PanicRecord> oldestFirst = new ArrayList<>();
        for (RuntimePanic p = m.panicHead; p != null; p = p.link) {
            if (!p.deferreturn) {
                oldestFirst.add(0, p.toRecord(0));
            }
        }
        return oldestFirst;
    }

    /**
     * Every deferred call a record of g._defer or a frame's open-coded slot still refers to, started or not, in
     * no particular order of meaning (chain head first, then slots, innermost frame first).
     */
    public static List<DeferredCall> heldCalls(RuntimeMachine m) {
        List<DeferredCall> out = new ArrayList<>();
        int guard = 0;
        for (DeferRecord d = m.deferHead; d != null && guard < 10_000; d = d.link, guard++) {
            if (d.fn != null) {
                out.add(d.fn);
            }
        }
        for (int i = m.frames.size() - 1; i >= 0; i--) {
            for (DeferredCall c : m.frames.get(i).slots) {
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}

package defercheck.runtime;

import defercheck.semantics.Frame;
import defercheck.semantics.PanicRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link RuntimeMachine}'s goroutine in the abstract semantics' terms, read-only, for readers that follow a
 * run from outside (a trace exported to TLA+): its frames and its user-visible panics.
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
}

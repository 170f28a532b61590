package defercheck.runtime;

import defercheck.semantics.DeferredCall;
import defercheck.semantics.Frame;
import java.util.ArrayList;
import java.util.List;

/**
 * A Go frame as a strategy machine sees it: the interpreter's {@link Frame} plus what the compiled code
 * keeps in the frame: the deferBits byte and closure slots of an open-coded function, the stack-allocated
 * {@code _defer} records, and which runtime routine is running on top of it.
 */
final class GoFrame {
    final Frame frame;
    final FramePlan plan;
    final CallerKind kind;
    /** For a deferred call: depth of the frame that deferred it (the record's sp); else -1. */
    final int deferrerDepth;
    /** The deferBits stack slot, zeroed at entry (ssagen). */
    int deferBits;
    final DeferredCall[] slots;
    final List<DeferRecord> stackRecords = new ArrayList<>();
    Activity activity;

    GoFrame(Frame frame, FramePlan plan, CallerKind kind, int deferrerDepth) {
        this.frame = frame;
        this.plan = plan;
        this.kind = kind;
        this.deferrerDepth = deferrerDepth;
        this.slots = new DeferredCall[plan.openCoded() ? plan.sites().size() : 0];
    }

    int depth() {
        return frame.depth();
    }

    long sp() {
        return Sp.of(frame.depth());
    }

    String name() {
        return frame.name();
    }

    boolean openCoded() {
        return plan.openCoded();
    }

    boolean hasDeferSites() {
        return !plan.sites().isEmpty();
    }

    String bitsText() {
        String b = Integer.toBinaryString(deferBits);
        return "0b" + "0".repeat(Math.max(0, slots.length - b.length())) + b;
    }
}

package defercheck.runtime;

import defercheck.ir.Builtin;
import defercheck.ir.Function;
import defercheck.semantics.Box;
import defercheck.semantics.DeferredCall;
import defercheck.semantics.Frame;
import defercheck.semantics.Invocation;
import defercheck.semantics.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * A Go frame as a strategy machine sees it: the interpreter's {@link Frame} plus what the compiled code keeps
 * in the frame: the deferBits byte and closure slots of an open-coded function, the stack-allocated
 * {@code _defer} records, and which runtime routine is running on top of it.
 */
final class GoFrame extends Frame {
    final FramePlan plan;
    /** For a deferred call: depth of the frame that deferred it (the record's sp); else -1. */
    final int deferrerDepth;
    /** The deferBits stack slot, zeroed at entry (ssagen). */
    int deferBits;
    final DeferredCall[] slots;
    final List<DeferRecord> stackRecords = new ArrayList<>();
    Activity activity;

    GoFrame(Function fn, Box[] captures, List<Value> args, Invocation how, int depth, Builtin wrapped,
            FramePlan plan) {
        super(fn, captures, args, how, depth, wrapped);
        this.plan = plan;
        this.deferrerDepth = how instanceof Invocation.Deferred d ? d.deferrer().depth() : -1;
        this.slots = new DeferredCall[plan.openCoded() ? plan.sites().size() : 0];
    }

    /** The frame called runtime.deferrangefunc (RuntimeMachine#rangeFuncFrame). */
    boolean rangeFuncDefers;

    long sp() {
        return Sp.of(depth());
    }

    boolean openCoded() {
        return plan.openCoded();
    }

    boolean hasDeferSites() {
        return !plan.sites().isEmpty() || rangeFuncDefers;
    }

    String bitsText() {
        String b = Integer.toBinaryString(deferBits);
        return "0b" + "0".repeat(Math.max(0, slots.length - b.length())) + b;
    }
}

package defercheck.runtime;

import defercheck.semantics.DeferredCall;
import defercheck.semantics.Event;

/**
 * The code the compiler emits for a {@code defer} statement, per the frame's plan: ssagen's
 * openDeferRecord (store the closure in its slot, then set the bit), a call of runtime.deferprocStack
 * with a {@code _defer} in the frame, or a call of runtime.deferproc with a record from newdefer.
 */
final class DeferStatement {
    private final RuntimeMachine m;
    private int stackSerial;

    DeferStatement(RuntimeMachine m) {
        this.m = m;
    }

    void execute(GoFrame gf, DeferredCall call) {
        if (m.tracing()) {
            m.emit(new Event.DeferPushed(call.site().span(), call.site().index(), call.instance(),
                    gf.name(), call.describe(), call));
        }
        int site = call.site().index();
        // a switch expression, so that a new SiteAllocation does not compile until it is handled here
        Runnable registration = switch (gf.plan.site(site)) {
            case OPEN_CODED -> () -> openDeferRecord(gf, site, call);
            case STACK -> () -> deferprocStack(gf, call);
            case HEAP -> () -> deferproc(gf, call);
        };
        registration.run();
    }

    /** The slot is written before the bit is set, so a panic in between never sees a half-made defer. */
    private void openDeferRecord(GoFrame gf, int site, DeferredCall call) {
        gf.slots[site] = call;
        gf.deferBits |= 1 << site;
        m.cost.openBitsSet++;
        m.action("openDeferRecord", () -> gf.name() + ": slot " + site + " = " + call.describe()
                + "; deferBits |= 1<<" + site + " (now " + gf.bitsText() + ")");
    }

    /** runtime.deferprocStack: the record lives in the frame and is never pooled (heap=false). */
    private void deferprocStack(GoFrame gf, DeferredCall call) {
        DeferRecord d = new DeferRecord(++stackSerial, false);
        gf.stackRecords.add(d);
        fill(d, gf, call);
        m.pushRecord(d);
        m.cost.stackRecords++;
        m.cost.deferprocStack++;
        m.action("deferprocStack", () -> "stack record #" + d.id + " in " + gf.name() + " linked at the head of g._defer");
    }

    /** runtime.deferproc: newdefer, then link at the head (d.link = g._defer; g._defer = d); returns 0. */
    private void deferproc(GoFrame gf, DeferredCall call) {
        m.cost.deferproc++;
        DeferRecord d = m.newdefer();
        fill(d, gf, call);
        if (m.config.has(Flaw.FIFO_CHAIN) && m.g().deferHead != null) {
            DeferRecord last = m.g().deferHead;
            while (last.link != null) {
                last = last.link;
            }
            last.link = d;
            m.action("deferproc", () -> "heap record #" + d.id + " appended at the TAIL of g._defer (mutant)");
            return;
        }
        m.pushRecord(d);
        m.action("deferproc", () -> "heap record #" + d.id + " linked at the head of g._defer; deferproc returns 0");
    }

    /**
     * runtime.deferprocat, then deferconvert: a heap record for a range-over-func body's defer, owned by the
     * enclosing frame {@code gf}. The runtime keeps it on the list of the frame's deferrangefunc record and splices
     * it in at that record's place in g._defer when defer processing reaches it; the loop body only runs while
     * the frame waits in the iterator call, so that place is just above the frame's own records, below the
     * records of the iterator's frames. The model links it there at once.
     */
    void deferprocat(GoFrame gf, DeferredCall call) {
        if (m.tracing()) {
            m.emit(new Event.DeferPushed(call.site().span(), call.site().index(), call.instance(),
                    gf.name(), call.describe(), call));
        }
        m.cost.deferproc++;
        DeferRecord d = m.newdefer();
        fill(d, gf, call);
        DeferRecord above = null;
        DeferRecord at = m.g().deferHead;
        while (at != null && at.sp < d.sp) {
            above = at;
            at = at.link;
        }
        d.link = at;
        if (above == null) {
            m.g().deferHead = d;
        } else {
            above.link = d;
        }
        m.action("deferprocat", () -> "heap record #" + d.id + " of " + gf.name()
                + " linked above its frame's records in g._defer");
    }

    private static void fill(DeferRecord d, GoFrame gf, DeferredCall call) {
        d.started = false;
        d.sp = gf.sp();
        d.pc = "deferproc return in " + gf.name();
        d.fn = call;
        d.panic = null;
    }
}

package defercheck.runtime;

/**
 * The 1.14–1.21 bridge between open-coded frames and the chain (runtime/panic.go of go1.19):
 * addOneOpenDeferFrame inserts one synthetic {@code _defer} for the next open-coded frame, sorted by sp;
 * runOpenDeferFrame runs the bits of such a record high to low, clearing each before its call.
 */
final class OpenDeferFrames {
    /** What one step of runOpenDeferFrame leaves: a call under way, or the frame finished or left unfinished. */
    enum Progress {
        /** A deferred call was started (deferCallSave); the step is taken again when it returns. */
        CALLING,
        /** No bit is left: runOpenDeferFrame returns true. */
        DONE,
        /** Stopped with bits left, since its panic was recovered: runOpenDeferFrame returns false. */
        NOT_DONE
    }

    private final RuntimeMachine m;

    OpenDeferFrames(RuntimeMachine m) {
        this.m = m;
    }

    /**
     * addOneOpenDeferFrame(gp, pc, sp) walks outward from the frame at {@code fromDepth}; with
     * {@code fromDepth < 0} it is addOneOpenDeferFrame(gp, 0, nil) and resumes above g._defer's frame.
     */
    void addOneOpenDeferFrame(int fromDepth) {
        DeferRecord prevDefer = null;
        int start = fromDepth;
        if (fromDepth < 0) {
            prevDefer = m.g().deferHead;
            if (prevDefer == null) {
                // The runtime would fault on the nil g._defer; only a broken chain gets here, and the
                // caller's "gp._defer != d" check then reports it.
                return;
            }
            start = Sp.depth(prevDefer.sp);
        }
        for (int depth = start; depth >= 0; depth--) {
            GoFrame fr = m.frame(depth);
            if ((prevDefer != null && prevDefer.sp == fr.sp()) || !fr.openCoded()) {
                continue;
            }
            if (!insertFor(fr)) {
                return;
            }
        }
    }

    /**
     * One frame of the walk, as the traceback callback of addOneOpenDeferFrame: returns whether the walk goes on
     * to the next frame, which it does only past a frame whose record is already queued; it stops once a record
     * is inserted, or at a started one.
     */
    private boolean insertFor(GoFrame fr) {
        DeferRecord d = m.g().deferHead;
        DeferRecord prev = null;
        while (d != null) {
            if (fr.sp() < d.sp) {
                break;
            }
            if (fr.sp() == d.sp) {
                if (!d.openDefer) {
                    m.fatal(fr, "duplicated defer entry");
                    return false;
                }
                // A started record means its frame is being run; a non-started one is already queued.
                return !d.started;
            }
            prev = d;
            d = d.link;
        }
        DeferRecord d1 = m.newdefer();
        d1.openDefer = true;
        d1.panic = null;
        d1.pc = "deferreturn segment of " + fr.name();
        d1.varp = fr;
        d1.sp = fr.sp();
        link(d1, prev, d);
        m.cost.syntheticRecords++;
        return false;
    }

    private void link(DeferRecord d1, DeferRecord prev, DeferRecord next) {
        if (m.config.has(Flaw.OPEN_RECORD_AT_HEAD)) {
            m.pushRecord(d1);
            m.action("addOneOpenDeferFrame", () -> "synthetic open-defer record #" + d1.id + " for " + d1.varp.name()
                    + " inserted at the HEAD of g._defer (mutant)");
            return;
        }
        if (m.config.has(Flaw.OPEN_RECORD_AT_TAIL)) {
            DeferRecord last = m.g().deferHead;
            while (last != null && last.link != null) {
                last = last.link;
            }
            prev = last;
            next = null;
        }
        d1.link = next;
        if (prev == null) {
            m.g().deferHead = d1;
        } else {
            prev.link = d1;
        }
        m.action("addOneOpenDeferFrame", () -> "synthetic open-defer record #" + d1.id + " for " + d1.varp.name()
                + " inserted into g._defer " + (m.config.has(Flaw.OPEN_RECORD_AT_TAIL) ? "at the TAIL (mutant)"
                : "sorted by sp"));
    }

    /** One step of runOpenDeferFrame(gp, d). Stops early when its panic was aborted or recovered. */
    Progress runOpenDeferFrame(Activity.OpenFrameRun r) {
        DeferRecord d = r.d;
        GoFrame fr = d.varp;
        if (fr == null || !d.openDefer) {
            // Only a broken machine frees a record under a running runOpenDeferFrame; end the run so
            // that the caller's "gp._defer != d" check reports it, as the runtime's throw would.
            return Progress.DONE;
        }
        if (r.calling) {
            r.calling = false;
            RuntimePanic p = r.callPanic;
            if (p != null) {
                p.argp = -1;
            }
            if (p != null && p.aborted) {
                return Progress.DONE;
            }
            d.fn = null;
            if (d.panic != null && d.panic.recovered) {
                return fr.deferBits == 0 ? Progress.DONE : Progress.NOT_DONE;
            }
        }
        while (r.next >= 0 && (fr.deferBits & (1 << r.next)) == 0) {
            r.next--;
        }
        if (r.next < 0) {
            return Progress.DONE;
        }
        int i = r.next--;
        d.fn = fr.slots[i];
        fr.deferBits &= ~(1 << i);
        m.action("runOpenDeferFrame", () -> fr.name() + ": deferBits &^= 1<<" + i + " (now " + fr.bitsText()
                + "), deferCallSave slot " + i);
        RuntimePanic p = d.panic;
        r.callPanic = p;
        r.calling = true;
        int depth = m.callDeferred(d.fn, fr, p == null ? "deferreturn of " + fr.name() + ", open-coded"
                : (p.goexit ? "Goexit" : "_panic#" + p.serial) + ", open-coded frame " + fr.name());
        if (p != null) {
            p.argp = depth;
        }
        return Progress.CALLING;
    }
}

package defercheck.fast;

import static defercheck.fast.FastRuntimeMachine.DEFER_LOOP;
import static defercheck.fast.FastRuntimeMachine.DEFER_RETURN;
import static defercheck.fast.FastRuntimeMachine.NIL;
import static defercheck.fast.FastRuntimeMachine.NONE;

/**
 * deferreturn, gopanic, Goexit and recovery of Go 1.12 to 1.21: a port of runtime/LegacyRuntime and
 * OpenDeferFrames onto the machine's arrays. The DeferLoop's phase lives in {@code next[d]}; the
 * OpenFrameRun of a frame's DeferReturn or DeferLoop in {@code openRecord/openNext/openCalling/openCallPanic}.
 */
final class FastLegacyRuntime implements FastRuntimeMachine.PanicRuntime {
    private static final int PHASE_NEXT = 0;
    private static final int PHASE_CALLED = 1;
    private static final int PHASE_OPEN_FRAME = 2;
    /** What OpenDeferFrames.step returns besides done/not done: a call was started. */
    private static final int CALLING = -1;
    private static final int NOT_DONE = 0;
    private static final int DONE = 1;
    private final FastRuntimeMachine m;
    private final boolean goexitHasPanic;

    FastLegacyRuntime(FastRuntimeMachine m) {
        this.m = m;
        this.goexitHasPanic = m.version.atLeast(14);
    }

    @Override
    public void reset() {
        // all state lives in the machine's arrays
    }

    @Override
    public void deferreturn(int d) {
        m.activity[d] = DEFER_RETURN;
        m.openRecord[d] = NIL;
    }

    @Override
    public void gopanic(int d, int value, boolean goexit) {
        if (goexit && !goexitHasPanic) {
            // Before 1.14 Goexit had no _panic record at all (which is how a recovery could bypass it, #29226).
            startLoop(d, NIL, true);
            return;
        }
        int p = m.newPanic(value, goexit);
        m.panicLink[p] = m.panicHead;
        m.loopDepth[p] = d;
        m.panicHead = p;
        addOneOpenDeferFrame(d);
        startLoop(d, p, goexit);
    }

    private void startLoop(int d, int p, boolean goexit) {
        m.activity[d] = DEFER_LOOP;
        m.loopPanic[d] = p;
        m.loopGoexit[d] = goexit;
        m.loopRecord[d] = NIL;
        m.next[d] = PHASE_NEXT;
        m.openRecord[d] = NIL;
    }

    @Override
    public void resume(int d) {
        if (m.activity[d] == DEFER_RETURN) {
            stepDeferReturn(d);
            return;
        }
        switch (m.next[d]) {
            case PHASE_NEXT:
                nextRecord(d);
                break;
            case PHASE_CALLED:
                afterCall(d, true);
                break;
            case PHASE_OPEN_FRAME:
                int done = runOpenDeferFrame(d);
                if (done != CALLING) {
                    afterOpenFrame(d, done == DONE);
                }
                break;
            default:
                throw new AssertionError(m.next[d]);
        }
    }

    /** runtime.deferreturn: run the records whose sp is this frame's; an open record ends the call. */
    private void stepDeferReturn(int d) {
        int open = m.openRecord[d];
        if (open != NIL) {
            int done = runOpenDeferFrame(d);
            if (done == CALLING) {
                return;
            }
            if (done == NOT_DONE) {
                m.fatal(FatalMessage.UNFINISHED_OPEN_IN_DEFERRETURN);
                return;
            }
            m.deferHead = m.link[open];
            m.freedefer(open);
            returnFrom(d);
            return;
        }
        int rec = m.deferHead;
        if (rec == NIL || m.sp[rec] != d) {
            returnFrom(d);
        } else if (m.openDefer[rec]) {
            beginOpenFrame(d, rec);
        } else {
            m.deferHead = m.link[rec];
            int owner = m.sp[rec];
            int site = m.recSite[rec];
            int instance = m.recInstance[rec];
            m.freedefer(rec);
            m.callDeferred(owner, site, instance);
        }
    }

    private void returnFrom(int d) {
        m.activity[d] = NONE;
        m.finishFrame(d);
    }

    private void beginOpenFrame(int d, int rec) {
        m.openRecord[d] = rec;
        m.openNext[d] = m.sitesOf(m.varp[rec]) - 1;
        m.openCalling[d] = false;
        m.openCallPanic[d] = NIL;
    }

    /** The top of gopanic's (and Goexit's) loop: d := gp._defer. */
    private void nextRecord(int f) {
        int rec = m.deferHead;
        if (rec == NIL) {
            if (m.loopGoexit[f]) {
                m.goexitDone();
            } else {
                m.crash();
            }
            return;
        }
        if (m.started[rec]) {
            if (m.recPanic[rec] != NIL) {
                m.aborted[m.recPanic[rec]] = true;
            }
            m.recPanic[rec] = NIL;
            if (!m.openDefer[rec]) {
                m.deferHead = m.link[rec];
                m.freedefer(rec);
                return;
            }
        }
        int p = m.loopPanic[f];
        m.started[rec] = true;
        m.recPanic[rec] = p;
        m.loopRecord[f] = rec;
        if (m.openDefer[rec]) {
            beginOpenFrame(f, rec);
            m.next[f] = PHASE_OPEN_FRAME;
            return;
        }
        m.next[f] = PHASE_CALLED;
        int depth = m.callRecord(rec);
        if (p != NIL) {
            m.argp[p] = depth;
        }
    }

    /** After reflectcall/deferCallSave returned, or after runOpenDeferFrame finished this record. */
    private void afterCall(int f, boolean done) {
        int p = m.loopPanic[f];
        int rec = m.loopRecord[f];
        boolean goexit = m.loopGoexit[f];
        m.next[f] = PHASE_NEXT;
        if (p != NIL) {
            m.argp[p] = NIL;
        }
        if (goexit && p != NIL && m.aborted[p]) {
            m.aborted[p] = false;
            return;
        }
        if (m.deferHead != rec) {
            m.fatal(goexit ? FatalMessage.BAD_DEFER_ENTRY_IN_GOEXIT : FatalMessage.BAD_DEFER_ENTRY_IN_PANIC);
            return;
        }
        m.recPanic[rec] = NIL;
        // gopanic keeps pc and sp before freedefer: recovery needs them after the record is gone.
        int resumeSp = m.sp[rec];
        if (done) {
            m.deferHead = m.link[rec];
            m.freedefer(rec);
        }
        if (!goexit && m.recovered[p]) {
            recovery(p, resumeSp, done);
        }
    }

    private void afterOpenFrame(int f, boolean done) {
        int p = m.loopPanic[f];
        if (m.loopGoexit[f]) {
            if (!done) {
                m.fatal(FatalMessage.UNFINISHED_OPEN_IN_GOEXIT);
                return;
            }
            addOneOpenDeferFrame(p != NIL && m.aborted[p] ? f : NIL);
        } else if (done && !m.recovered[p]) {
            addOneOpenDeferFrame(NIL);
        }
        afterCall(f, done);
    }

    /**
     * gopanic's recovery path: resume a bypassed Goexit, or drop the non-started open records, pop p and
     * the aborted panics, and mcall(recovery) into the frame of the record that recovered.
     */
    private void recovery(int p, int resumeSp, boolean done) {
        m.panicHead = m.panicLink[p];
        int below = m.panicHead;
        if (below != NIL && m.goexit[below] && m.aborted[below]) {
            m.unwindAbove(m.loopDepth[below]);
            return;
        }
        dropOpenRecords(done);
        while (m.panicHead != NIL && m.aborted[m.panicHead]) {
            m.panicHead = m.panicLink[m.panicHead];
        }
        m.unwindAbove(resumeSp);
        deferreturn(resumeSp);
    }

    /** Mirrors go1.19 gopanic: drop later non-started open records, stopping at a started record. */
    private void dropOpenRecords(boolean done) {
        int rec = m.deferHead;
        int prev = NIL;
        if (!done) {
            prev = rec;
            rec = m.link[rec];
        }
        while (rec != NIL) {
            if (m.started[rec]) {
                break;
            }
            if (m.openDefer[rec]) {
                int after = m.link[rec];
                if (prev == NIL) {
                    m.deferHead = after;
                } else {
                    m.link[prev] = after;
                }
                m.freedefer(rec);
                rec = after;
            } else {
                prev = rec;
                rec = m.link[rec];
            }
        }
    }

    /**
     * addOneOpenDeferFrame(gp, pc, sp) walks outward from the frame at {@code fromDepth}; with NIL it is
     * addOneOpenDeferFrame(gp, 0, nil) and resumes above g._defer's frame.
     */
    private void addOneOpenDeferFrame(int fromDepth) {
        int prevDefer = NIL;
        int start = fromDepth;
        if (fromDepth == NIL) {
            prevDefer = m.deferHead;
            if (prevDefer == NIL) {
                return;
            }
            start = m.sp[prevDefer];
        }
        for (int depth = start; depth >= 0; depth--) {
            if ((prevDefer != NIL && m.sp[prevDefer] == depth) || !m.openCoded(depth)) {
                continue;
            }
            if (insertFor(depth) != CALLING) {
                return;
            }
        }
    }

    /** One frame of the walk: DONE (inserted) or NOT_DONE (met a started record) stop it; CALLING goes on. */
    private int insertFor(int depth) {
        int rec = m.deferHead;
        int prev = NIL;
        while (rec != NIL) {
            if (depth > m.sp[rec]) {
                break;
            }
            if (depth == m.sp[rec]) {
                if (!m.openDefer[rec]) {
                    m.fatal(FatalMessage.DUPLICATED_DEFER_ENTRY);
                    return NOT_DONE;
                }
                return m.started[rec] ? NOT_DONE : CALLING;
            }
            prev = rec;
            rec = m.link[rec];
        }
        int d1 = m.newdefer();
        m.openDefer[d1] = true;
        m.recPanic[d1] = NIL;
        m.varp[d1] = depth;
        m.sp[d1] = depth;
        m.link[d1] = rec;
        if (prev == NIL) {
            m.deferHead = d1;
        } else {
            m.link[prev] = d1;
        }
        return DONE;
    }

    /**
     * One step of runOpenDeferFrame(gp, d) for the OpenFrameRun on frame {@code f}: CALLING after starting a
     * call (deferCallSave), else DONE or NOT_DONE. Stops early when its panic was aborted or recovered.
     */
    private int runOpenDeferFrame(int f) {
        int rec = m.openRecord[f];
        int fr = m.varp[rec];
        if (fr == NIL || !m.openDefer[rec]) {
            return DONE;
        }
        if (m.openCalling[f]) {
            m.openCalling[f] = false;
            int p = m.openCallPanic[f];
            if (p != NIL) {
                m.argp[p] = NIL;
            }
            if (p != NIL && m.aborted[p]) {
                return DONE;
            }
            int dp = m.recPanic[rec];
            if (dp != NIL && m.recovered[dp]) {
                return m.deferBits[fr] == 0 ? DONE : NOT_DONE;
            }
        }
        while (m.openNext[f] >= 0 && (m.deferBits[fr] & (1 << m.openNext[f])) == 0) {
            m.openNext[f]--;
        }
        if (m.openNext[f] < 0) {
            return DONE;
        }
        int i = m.openNext[f]--;
        m.deferBits[fr] &= ~(1 << i);
        int p = m.recPanic[rec];
        m.openCallPanic[f] = p;
        m.openCalling[f] = true;
        int depth = m.callSlot(fr, i);
        if (p != NIL) {
            m.argp[p] = depth;
        }
        return CALLING;
    }
}

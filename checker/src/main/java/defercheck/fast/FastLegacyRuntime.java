package defercheck.fast;

import static defercheck.fast.FastRuntimeMachine.DEFER_LOOP;
import static defercheck.fast.FastRuntimeMachine.DEFER_RETURN;
import static defercheck.fast.FastRuntimeMachine.NIL;
import static defercheck.fast.FastRuntimeMachine.NONE;

/**
 * runtime/LegacyRuntime on a {@link FastRuntimeMachine}'s arrays: deferreturn, gopanic, Goexit and recovery of Go
 * 1.12 to 1.21; the open-coded frames' part is {@link FastOpenDeferFrames}. A frame's DeferLoop lives in
 * {@code phase/loopPanic/loopGoexit/loopRecord}, the OpenFrameRun of its DeferReturn or DeferLoop in
 * {@code openRecord/openNext/openCalling/openCallPanic}.
 */
final class FastLegacyRuntime implements FastPanicRuntime {
    /** Activity.Phase */
    static final int PHASE_NEXT = 0;
    static final int PHASE_CALLED = 1;
    static final int PHASE_OPEN_FRAME = 2;
    private final FastRuntimeMachine m;
    private final FastOpenDeferFrames open;
    private final boolean goexitHasPanicRecord;

    FastLegacyRuntime(FastRuntimeMachine m) {
        this.m = m;
        this.open = new FastOpenDeferFrames(m);
        this.goexitHasPanicRecord = m.version.goexitHasPanicRecord();
    }

    @Override
    public void reset() {
        // all state lives in the machine's arrays
    }

    @Override
    public void deferreturn(int f) {
        m.activity[f] = DEFER_RETURN;
        m.openRecord[f] = NIL;
    }

    @Override
    public void gopanic(int f, int value) {
        start(f, m.newPanic(value, false));
    }

    /** Before 1.14 Goexit had no _panic record at all (which is how a recovery could bypass it, #29226). */
    @Override
    public void goexit(int f) {
        if (!goexitHasPanicRecord) {
            startLoop(f, NIL, true);
            return;
        }
        start(f, m.newPanic(0, true));
    }

    private void start(int f, int p) {
        m.panicLink[p] = m.panicHead;
        m.loopDepth[p] = f;
        m.panicHead = p;
        open.addOneOpenDeferFrame(f);
        startLoop(f, p, m.goexit[p]);
    }

    private void startLoop(int f, int p, boolean goexit) {
        m.activity[f] = DEFER_LOOP;
        m.loopPanic[f] = p;
        m.loopGoexit[f] = goexit;
        m.loopRecord[f] = NIL;
        m.phase[f] = PHASE_NEXT;
        m.openRecord[f] = NIL;
    }

    @Override
    public void resume(int f) {
        if (m.activity[f] == DEFER_RETURN) {
            stepDeferReturn(f);
        } else {
            stepLoop(f);
        }
    }

    /** runtime.deferreturn: run the records whose sp is this frame's; an open record ends the call. */
    private void stepDeferReturn(int f) {
        int running = m.openRecord[f];
        if (running != NIL) {
            int progress = open.runOpenDeferFrame(f);
            if (progress == FastOpenDeferFrames.CALLING) {
                return;
            }
            if (progress == FastOpenDeferFrames.NOT_DONE) {
                m.fatal(FatalMessage.UNFINISHED_OPEN_IN_DEFERRETURN);
                return;
            }
            m.deferHead = m.link[running];
            m.freedefer(running);
            returnFrom(f);
            return;
        }
        int d = m.deferHead;
        if (d == NIL || m.sp[d] != f) {
            returnFrom(f);
        } else if (m.openDefer[d]) {
            open.begin(f, d);
        } else {
            m.deferHead = m.link[d];
            int owner = m.sp[d];
            int site = m.fnSite[d];
            int instance = m.fnInstance[d];
            m.freedefer(d);
            m.callDeferred(owner, site, instance);
        }
    }

    private void returnFrom(int f) {
        m.activity[f] = NONE;
        m.finishFrame(f);
    }

    private void stepLoop(int f) {
        switch (m.phase[f]) {
            case PHASE_NEXT -> nextRecord(f);
            case PHASE_CALLED -> afterCall(f, true);
            case PHASE_OPEN_FRAME -> {
                int progress = open.runOpenDeferFrame(f);
                if (progress != FastOpenDeferFrames.CALLING) {
                    afterOpenFrame(f, progress == FastOpenDeferFrames.DONE);
                }
            }
            default -> throw new AssertionError(m.phase[f]);
        }
    }

    /** The top of gopanic's (and Goexit's) loop: d := gp._defer. */
    private void nextRecord(int f) {
        int d = m.deferHead;
        if (d == NIL) {
            if (m.loopGoexit[f]) {
                m.goexitDone();
            } else {
                m.crash();
            }
            return;
        }
        if (m.started[d]) {
            if (m.panic[d] != NIL) {
                m.aborted[m.panic[d]] = true;
            }
            m.panic[d] = NIL;
            if (!m.openDefer[d]) {
                m.deferHead = m.link[d];
                m.freedefer(d);
                return;
            }
        }
        int p = m.loopPanic[f];
        m.started[d] = true;
        m.panic[d] = p;
        m.loopRecord[f] = d;
        if (m.openDefer[d]) {
            open.begin(f, d);
            m.phase[f] = PHASE_OPEN_FRAME;
            return;
        }
        m.phase[f] = PHASE_CALLED;
        int depth = m.callRecord(d);
        if (p != NIL) {
            m.argp[p] = depth;
        }
    }

    /** After reflectcall/deferCallSave returned, or after runOpenDeferFrame finished this record. */
    private void afterCall(int f, boolean done) {
        int p = m.loopPanic[f];
        int d = m.loopRecord[f];
        boolean goexit = m.loopGoexit[f];
        m.phase[f] = PHASE_NEXT;
        if (p != NIL) {
            m.argp[p] = NIL;
        }
        if (goexit && p != NIL && m.aborted[p]) {
            m.aborted[p] = false;
            return;
        }
        if (m.deferHead != d) {
            m.fatal(goexit ? FatalMessage.BAD_DEFER_ENTRY_IN_GOEXIT : FatalMessage.BAD_DEFER_ENTRY_IN_PANIC);
            return;
        }
        m.panic[d] = NIL;
        // gopanic keeps pc and sp before freedefer: recovery needs them after the record is gone.
        int resumeSp = m.sp[d];
        if (done) {
            m.deferHead = m.link[d];
            m.freedefer(d);
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
            open.addOneOpenDeferFrame(p != NIL && m.aborted[p] ? f : NIL);
        } else if (done && !m.recovered[p]) {
            open.addOneOpenDeferFrame(NIL);
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
            resumeGoexit(below);
            return;
        }
        dropOpenRecords(done);
        while (m.panicHead != NIL && m.aborted[m.panicHead]) {
            m.panicHead = m.panicLink[m.panicHead];
        }
        m.unwindAbove(resumeSp);
        deferreturn(resumeSp);
    }

    /** gopanic's 1.14 check that p.link is a Goexit this panic aborted: back into Goexit's loop. */
    private void resumeGoexit(int goexit) {
        m.unwindAbove(m.loopDepth[goexit]);
    }

    /** Mirrors go1.19 gopanic: drop later non-started open records, stopping at a started record. */
    private void dropOpenRecords(boolean done) {
        int d = m.deferHead;
        int prev = NIL;
        if (!done) {
            prev = d;
            d = m.link[d];
        }
        while (d != NIL) {
            if (m.started[d]) {
                break;
            }
            if (m.openDefer[d]) {
                int next = m.link[d];
                if (prev == NIL) {
                    m.deferHead = next;
                } else {
                    m.link[prev] = next;
                }
                m.freedefer(d);
                d = next;
            } else {
                prev = d;
                d = m.link[d];
            }
        }
    }
}

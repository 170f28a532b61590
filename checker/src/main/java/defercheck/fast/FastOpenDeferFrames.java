package defercheck.fast;

import static defercheck.fast.FastRuntimeMachine.NIL;

/**
 * runtime/OpenDeferFrames on a {@link FastRuntimeMachine}'s arrays: the 1.14-1.21 bridge between open-coded
 * frames and the chain. addOneOpenDeferFrame inserts one synthetic {@code _defer} for the next open-coded frame,
 * sorted by sp; runOpenDeferFrame runs the bits of such a record high to low, clearing each before its call.
 */
final class FastOpenDeferFrames {
    /** OpenDeferFrames.Progress: what one step of runOpenDeferFrame leaves. */
    static final int CALLING = 0;
    static final int DONE = 1;
    static final int NOT_DONE = 2;
    private final FastRuntimeMachine m;

    FastOpenDeferFrames(FastRuntimeMachine m) {
        this.m = m;
    }

    /**
     * addOneOpenDeferFrame(gp, pc, sp) walks outward from the frame at {@code fromDepth}; with NIL it is
     * addOneOpenDeferFrame(gp, 0, nil) and resumes above g._defer's frame.
     */
    void addOneOpenDeferFrame(int fromDepth) {
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
            if (!insertFor(depth)) {
                return;
            }
        }
    }

    /** One frame of the walk, as the traceback callback: whether the walk goes on to the next frame. */
    private boolean insertFor(int fr) {
        int d = m.deferHead;
        int prev = NIL;
        while (d != NIL) {
            if (fr > m.sp[d]) {
                break;
            }
            if (fr == m.sp[d]) {
                if (!m.openDefer[d]) {
                    m.fatal(FatalMessage.DUPLICATED_DEFER_ENTRY);
                    return false;
                }
                return !m.started[d];
            }
            prev = d;
            d = m.link[d];
        }
        int d1 = m.newdefer();
        m.openDefer[d1] = true;
        m.panic[d1] = NIL;
        m.varp[d1] = fr;
        m.sp[d1] = fr;
        m.link[d1] = d;
        if (prev == NIL) {
            m.deferHead = d1;
        } else {
            m.link[prev] = d1;
        }
        return false;
    }

    /** Frame {@code f}'s DeferReturn or DeferLoop starts runOpenDeferFrame on record {@code d} (its OpenFrameRun). */
    void begin(int f, int d) {
        m.openRecord[f] = d;
        m.openNext[f] = m.sitesOf(m.varp[d]) - 1;
        m.openCalling[f] = false;
        m.openCallPanic[f] = NIL;
    }

    /**
     * One step of runOpenDeferFrame(gp, d) for the OpenFrameRun on frame {@code f}: CALLING, DONE or NOT_DONE.
     * Stops early when its panic was aborted or recovered.
     */
    int runOpenDeferFrame(int f) {
        int d = m.openRecord[f];
        int fr = m.varp[d];
        if (fr == NIL || !m.openDefer[d]) {
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
            int dp = m.panic[d];
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
        int p = m.panic[d];
        m.openCallPanic[f] = p;
        m.openCalling[f] = true;
        int depth = m.callSlot(fr, i);
        if (p != NIL) {
            m.argp[p] = depth;
        }
        return CALLING;
    }
}

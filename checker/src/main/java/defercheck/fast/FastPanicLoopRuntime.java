package defercheck.fast;

import static defercheck.fast.FastRuntimeMachine.NIL;
import static defercheck.fast.FastRuntimeMachine.NONE;
import static defercheck.fast.FastRuntimeMachine.PANIC_LOOP;

/**
 * runtime/PanicLoopRuntime on a {@link FastRuntimeMachine}'s arrays: Go 1.22+'s
 * {@code p.start(); for { fn, ok := p.nextDefer(); if !ok { break }; fn() }}. {@code loopPanic[f]} is frame f's
 * PanicLoop _panic; {@code panicBits[p]} the open-coded frame p is draining (p.deferBitsPtr), or NIL.
 */
final class FastPanicLoopRuntime implements FastPanicRuntime {
    private final FastRuntimeMachine m;
    /** gp.param's savedOpenDeferState: the open frame whose remaining bits the next deferreturn drains. */
    private int savedOpenDeferState;

    FastPanicLoopRuntime(FastRuntimeMachine m) {
        this.m = m;
    }

    @Override
    public void reset() {
        savedOpenDeferState = NIL;
    }

    /** deferreturn's _panic is never linked into g._panic; its unwinder stops at its own frame (lr == 0). */
    @Override
    public void deferreturn(int f) {
        int p = m.newPanic(0, false);
        m.deferreturn[p] = true;
        m.startDepth[p] = f;
        m.frameDepth[p] = f;
        m.lrDepth[p] = NIL;
        if (savedOpenDeferState != NIL) {
            m.panicBits[p] = savedOpenDeferState;
            savedOpenDeferState = NIL;
        }
        m.activity[f] = PANIC_LOOP;
        m.loopPanic[f] = p;
    }

    @Override
    public void gopanic(int f, int value) {
        start(f, m.newPanic(value, false));
    }

    @Override
    public void goexit(int f) {
        start(f, m.newPanic(0, true));
    }

    /** _panic.start: link p, remember startSP, and let nextFrame find the first frame with defers. */
    private void start(int f, int p) {
        m.panicLink[p] = m.panicHead;
        m.panicHead = p;
        m.startDepth[p] = f;
        m.loopDepth[p] = f;
        m.lrDepth[p] = f;
        nextFrame(p);
        m.activity[f] = PANIC_LOOP;
        m.loopPanic[f] = p;
    }

    @Override
    public void resume(int f) {
        int p = m.loopPanic[f];
        if (!m.deferreturn[p]) {
            if (m.panicHead != p) {
                m.fatal(FatalMessage.BAD_PANIC_STACK);
                return;
            }
            if (m.recovered[p]) {
                recovery();
                return;
            }
        }
        m.argp[p] = m.startDepth[p] + 1;
        if (!callNext(p)) {
            end(f, p);
        }
    }

    /** The body of nextDefer after its checks: makes one call and returns true, or finds nothing. */
    private boolean callNext(int p) {
        while (true) {
            int bitsFrame = m.panicBits[p];
            if (bitsFrame != NIL) {
                if (m.deferBits[bitsFrame] == 0) {
                    m.panicBits[p] = NIL;
                } else {
                    int i = 31 - Integer.numberOfLeadingZeros(m.deferBits[bitsFrame]);
                    m.deferBits[bitsFrame] &= ~(1 << i);
                    m.callSlot(bitsFrame, i);
                    return true;
                }
            }
            int d = m.deferHead;
            if (d != NIL && m.sp[d] == m.frameDepth[p]) {
                m.deferHead = m.link[d];
                int owner = m.sp[d];
                int site = m.fnSite[d];
                int instance = m.fnInstance[d];
                m.freedefer(d);
                m.callDeferred(owner, site, instance);
                return true;
            }
            if (!nextFrame(p)) {
                return false;
            }
        }
    }

    private void end(int f, int p) {
        if (m.deferreturn[p]) {
            m.activity[f] = NONE;
            m.finishFrame(f);
        } else if (m.goexit[p]) {
            m.goexitDone();
        } else {
            m.crash();
        }
    }

    /** _panic.nextFrame: unwind from p.lr to a frame that owns g._defer or has pending open bits. */
    private boolean nextFrame(int p) {
        if (m.lrDepth[p] < 0) {
            return false;
        }
        int limit = m.deferHead != NIL ? m.sp[m.deferHead] : NIL;
        for (int depth = m.lrDepth[p]; depth >= 0; depth--) {
            if (depth == limit || initOpenCodedDefers(p, depth)) {
                m.frameDepth[p] = depth;
                m.lrDepth[p] = depth - 1;
                return true;
            }
        }
        m.lrDepth[p] = NIL;
        return false;
    }

    private boolean initOpenCodedDefers(int p, int fr) {
        if (!m.openCoded(fr) || m.deferBits[fr] == 0) {
            return false;
        }
        m.panicBits[p] = fr;
        return true;
    }

    /**
     * runtime.recovery (1.22): pop every panic whose startSP is below the frame that recovered; a Goexit
     * among them is resumed instead. Unfinished open bits are saved for that frame's deferreturn.
     */
    private void recovery() {
        int p = m.panicHead;
        int target = m.frameDepth[p];
        int bits = m.panicBits[p];
        int p0Bits = bits != NIL && m.deferBits[bits] != 0 ? bits : NIL;
        int q = p;
        while (q != NIL && m.startDepth[q] >= target) {
            if (m.goexit[q]) {
                m.panicHead = q;
                m.unwindAbove(m.startDepth[q]);
                return;
            }
            q = m.panicLink[q];
        }
        m.panicHead = q;
        savedOpenDeferState = p0Bits;
        m.unwindAbove(target);
        deferreturn(target);
    }
}

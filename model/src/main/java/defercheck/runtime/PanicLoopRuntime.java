package defercheck.runtime;

import defercheck.semantics.DeferredCall;
import defercheck.semantics.Event;
import defercheck.semantics.Value;
import defercheck.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Go 1.22+ (runtime/panic.go of go1.22): gopanic, Goexit and deferreturn share
 * {@code p.start(); for { fn, ok := p.nextDefer(); if !ok { break }; fn() }}. nextDefer drains the current
 * frame's open-coded bits, then its chain records ({@code d.sp == p.sp}), then nextFrame unwinds to the
 * next frame that owns g._defer or has non-zero deferBits. No synthetic records, no started flag.
 */
final class PanicLoopRuntime implements PanicRuntime {
    private final RuntimeMachine m;

    PanicLoopRuntime(RuntimeMachine m) {
        this.m = m;
    }

    /** deferreturn's _panic is never linked into g._panic; its unwinder stops at its own frame (lr == 0). */
    @Override
    public void deferreturn(GoFrame f) {
        m.cost.deferreturnCalls++;
        RuntimePanic p = m.newPanic(null, false);
        p.deferreturn = true;
        p.startDepth = f.depth();
        p.frameDepth = f.depth();
        p.lrDepth = -1;
        RuntimeGoroutine g = m.g();
        if (g.savedOpenDeferState != null) {
            p.deferBits = g.savedOpenDeferState;
            p.retpc = "deferreturn segment of " + f.name();
            g.savedOpenDeferState = null;
        }
        m.action("deferreturn", () -> f.name() + " calls deferreturn: _panic#" + p.serial + ".start");
        f.activity = new Activity.PanicLoop(p);
    }

    @Override
    public void gopanic(GoFrame f, Value v, Span span) {
        start(f, m.newPanic(v, false), span);
    }

    @Override
    public void goexit(GoFrame f, Span span) {
        start(f, m.newPanic(null, true), span);
    }

    /** _panic.start: link p, remember startSP, and let nextFrame find the first frame with defers. */
    private void start(GoFrame f, RuntimePanic p, Span span) {
        p.link = m.g().panicHead;
        m.g().panicHead = p;
        p.startDepth = f.depth();
        p.loopDepth = f.depth();
        p.lrDepth = f.depth();
        m.emit(new Event.Panicked(span, p.describe()));
        nextFrame(p);
        f.activity = new Activity.PanicLoop(p);
    }

    @Override
    public void resume(GoFrame f) {
        RuntimePanic p = ((Activity.PanicLoop) f.activity).p;
        if (!p.deferreturn) {
            if (m.g().panicHead != p) {
                m.fatal(f, "bad panic stack");
                return;
            }
            if (p.recovered) {
                recovery();
                return;
            }
            m.cost.gopanicIterations++;
        }
        p.argp = p.startDepth + 1;
        if (!callNext(p)) {
            end(f, p);
        }
    }

    /** The body of nextDefer after its checks: makes one call and returns true, or finds nothing. */
    private boolean callNext(RuntimePanic p) {
        while (true) {
            GoFrame bitsFrame = p.deferBits;
            if (bitsFrame != null) {
                if (bitsFrame.deferBits == 0) {
                    p.deferBits = null;
                } else {
                    int i = 31 - Integer.numberOfLeadingZeros(bitsFrame.deferBits);
                    bitsFrame.deferBits &= ~(1 << i);
                    m.action("nextDefer", () -> bitsFrame.name() + ": deferBits &^= 1<<" + i + " (now "
                            + bitsFrame.bitsText() + "), call slot " + i);
                    call(p, bitsFrame.slots[i], bitsFrame);
                    return true;
                }
            }
            DeferRecord d = m.g().deferHead;
            if (d != null && d.sp == Sp.of(p.frameDepth)) {
                DeferredCall fn = d.fn;
                d.fn = null;
                p.retpc = d.pc;
                m.g().deferHead = d.link;
                m.action("nextDefer", () -> "pops record #" + d.id + " of " + m.frameAt(d.sp).name());
                GoFrame owner = m.frameAt(d.sp);
                m.freedefer(d);
                call(p, fn, owner);
                return true;
            }
            if (!nextFrame(p)) {
                return false;
            }
        }
    }

    private void call(RuntimePanic p, DeferredCall fn, GoFrame owner) {
        String reason = p.deferreturn ? "deferreturn of " + owner.name()
                : (p.goexit ? "Goexit" : "_panic#" + p.serial) + ", frame " + owner.name();
        m.callDeferred(fn, owner, reason);
    }

    private void end(GoFrame f, RuntimePanic p) {
        if (p.deferreturn) {
            f.activity = null;
            m.finishFrame(f);
        } else if (p.goexit) {
            m.goexitDone(f.function().span());
        } else {
            m.crash(f);
        }
    }

    /** _panic.nextFrame: unwind from p.lr to a frame that owns g._defer or has pending open bits. */
    private boolean nextFrame(RuntimePanic p) {
        if (p.lrDepth < 0) {
            return false;
        }
        long limit = m.g().deferHead != null ? m.g().deferHead.sp : 0;
        for (int depth = p.lrDepth; depth >= 0; depth--) {
            GoFrame fr = m.frame(depth);
            if (fr.sp() == limit || initOpenCodedDefers(p, fr)) {
                p.frameDepth = depth;
                p.lrDepth = depth - 1;
                m.action("nextFrame", () -> "_panic#" + p.serial + " moves to " + fr.name() + " (sp=" + Sp.hex(fr.sp()) + ")");
                return true;
            }
        }
        p.lrDepth = -1;
        return false;
    }

    private static boolean initOpenCodedDefers(RuntimePanic p, GoFrame fr) {
        if (!fr.openCoded() || fr.deferBits == 0) {
            return false;
        }
        p.retpc = "deferreturn segment of " + fr.name();
        p.deferBits = fr;
        return true;
    }

    /**
     * runtime.recovery (1.22): pop every panic whose startSP is below the frame that recovered; a Goexit
     * among them is resumed instead. Unfinished open bits are saved for that frame's deferreturn.
     */
    private void recovery() {
        RuntimePanic p = m.g().panicHead;
        int target = p.frameDepth;
        GoFrame p0Bits = p.deferBits != null && p.deferBits.deferBits != 0 ? p.deferBits : null;
        String retpc = p.retpc;
        List<String> dropped = new ArrayList<>();
        RuntimePanic q = p;
        while (q != null && q.startDepth >= target) {
            if (q.goexit) {
                m.g().panicHead = q;
                m.unwindAbove(q.startDepth);
                m.cost.recoveryJumps++;
                int serial = q.serial;
                m.action("recovery", () -> "meets Goexit's _panic#" + serial + ": jumps back into Goexit's start");
                m.emit(new Event.Recovery(m.top().function().span(), m.top().name(), dropped, true));
                return;
            }
            dropped.add(q.describe());
            q = q.link;
            if (m.config.has(Flaw.RECOVERY_KEEPS_ABORTED)) {
                break;
            }
        }
        m.g().panicHead = q;
        m.g().savedOpenDeferState = p0Bits;
        GoFrame tgt = m.frame(target);
        m.unwindAbove(target);
        m.cost.recoveryJumps++;
        if (m.config.has(Flaw.RESULTS_NOT_WRITTEN_BACK)) {
            m.zeroResults(tgt);
        }
        m.action("recovery", () -> "jumps to " + retpc + " (ret=1)" + (p0Bits != null ? ", open bits saved in gp.param" : ""));
        m.emit(new Event.Recovery(tgt.function().span(), tgt.name(), dropped, false));
        deferreturn(tgt);
    }
}

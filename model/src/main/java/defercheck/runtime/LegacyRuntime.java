package defercheck.runtime;

import defercheck.semantics.Event;
import defercheck.semantics.Value;
import defercheck.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * deferreturn, gopanic, Goexit and recovery from Go 1.12 to 1.21 (runtime/panic.go of go1.19 and of the
 * go1.12 tag; docs/runtime.md): one loop over the g._defer chain where a record an earlier panic
 * started is unlinked without being re-run (its panic is marked aborted); recovery makes the frame's
 * deferproc "return 1", which jumps to its deferreturn epilogue. From 1.14 open-coded frames join the
 * chain through synthetic records, and Goexit has a _panic so that a recovery cannot bypass it.
 */
final class LegacyRuntime implements PanicRuntime {
    private final RuntimeMachine m;
    private final OpenDeferFrames open;
    /** Up to about 1.17 deferreturn tail-called each deferred function through jmpdefer and was re-entered. */
    private final boolean jmpdefer;

    LegacyRuntime(RuntimeMachine m) {
        this.m = m;
        this.open = new OpenDeferFrames(m);
        this.jmpdefer = !m.version().atLeast(18);
    }

    @Override
    public void deferreturn(GoFrame f) {
        m.cost.deferreturnCalls++;
        m.action("deferreturn", () -> f.name() + " calls deferreturn");
        f.activity = new Activity.DeferReturn();
    }

    @Override
    public void gopanic(GoFrame f, Value v, Span span) {
        RuntimePanic p = m.newPanic(v, false);
        start(f, p, span);
    }

    /** Before 1.14 Goexit had no _panic record at all (which is how a recovery could bypass it, #29226). */
    @Override
    public void goexit(GoFrame f, Span span) {
        if (!m.version().goexitHasPanicRecord()) {
            m.emit(new Event.Panicked(span, "Goexit (no _panic record before 1.14)"));
            f.activity = new Activity.DeferLoop(null, true);
            return;
        }
        start(f, m.newPanic(null, true), span);
    }

    private void start(GoFrame f, RuntimePanic p, Span span) {
        p.link = m.g().panicHead;
        p.loopDepth = f.depth();
        m.g().panicHead = p;
        m.emit(new Event.Panicked(span, p.describe()));
        open.addOneOpenDeferFrame(f.depth());
        f.activity = new Activity.DeferLoop(p, p.goexit);
    }

    @Override
    public void resume(GoFrame f) {
        if (f.activity instanceof Activity.DeferReturn dr) {
            stepDeferReturn(f, dr);
        } else if (f.activity instanceof Activity.DeferLoop loop) {
            stepLoop(f, loop);
        } else {
            throw new AssertionError(f.activity);
        }
    }

    /** runtime.deferreturn: run the records whose sp is this frame's; an open record ends the call. */
    private void stepDeferReturn(GoFrame f, Activity.DeferReturn dr) {
        if (dr.open != null) {
            OpenDeferFrames.Progress progress = open.runOpenDeferFrame(dr.open);
            if (progress == OpenDeferFrames.Progress.CALLING) {
                return;
            }
            if (progress == OpenDeferFrames.Progress.NOT_DONE) {
                m.fatal(f, "unfinished open-coded defers in deferreturn");
                return;
            }
            m.g().deferHead = dr.open.d.link;
            m.freedefer(dr.open.d);
            returnFrom(f);
            return;
        }
        DeferRecord d = m.g().deferHead;
        if (d == null || d.sp != f.sp()) {
            returnFrom(f);
        } else if (d.openDefer) {
            dr.open = new Activity.OpenFrameRun(d, d.varp.slots.length);
        } else {
            defercheck.semantics.DeferredCall fn = d.fn;
            d.fn = null;
            m.g().deferHead = d.link;
            m.action("deferreturn", () -> "unlinks record #" + d.id + ", frees it and calls its fn");
            m.freedefer(d);
            if (jmpdefer) {
                m.cost.deferreturnCalls++;
            }
            m.callDeferred(fn, f, "deferreturn of " + f.name());
        }
    }

    private void returnFrom(GoFrame f) {
        f.activity = null;
        m.finishFrame(f);
    }

    private void stepLoop(GoFrame f, Activity.DeferLoop loop) {
        // a switch expression, so that a new Phase does not compile until it is handled here
        Runnable action = switch (loop.phase) {
            case NEXT -> () -> nextRecord(f, loop);
            case CALLED -> () -> afterCall(f, loop, true);
            case OPEN_FRAME -> () -> runOpenFrame(f, loop);
        };
        action.run();
    }

    private void runOpenFrame(GoFrame f, Activity.DeferLoop loop) {
        OpenDeferFrames.Progress progress = open.runOpenDeferFrame(loop.open);
        if (progress != OpenDeferFrames.Progress.CALLING) {
            afterOpenFrame(f, loop, progress == OpenDeferFrames.Progress.DONE);
        }
    }

    /** The top of gopanic's (and Goexit's) loop: d := gp._defer. */
    private void nextRecord(GoFrame f, Activity.DeferLoop loop) {
        m.cost.gopanicIterations++;
        DeferRecord d = m.g().deferHead;
        if (d == null) {
            if (loop.goexit) {
                m.goexitDone(f.function().span());
            } else {
                m.crash(f);
            }
            return;
        }
        if (d.started && !m.config.has(Flaw.STARTED_IGNORED)) {
            if (d.panic != null) {
                d.panic.aborted = true;
                m.action(routine(loop), () -> "record #" + d.id + " was started by _panic#" + d.panic.serial
                        + ": that panic is aborted");
            }
            d.panic = null;
            if (!d.openDefer) {
                d.fn = null;
                m.g().deferHead = d.link;
                m.freedefer(d);
                m.action(routine(loop), () -> "unlinks started record #" + d.id + " without running it again");
                return;
            }
        }
        d.started = true;
        d.panic = loop.p;
        loop.d = d;
        if (d.openDefer) {
            loop.open = new Activity.OpenFrameRun(d, d.varp.slots.length);
            loop.phase = Activity.Phase.OPEN_FRAME;
            return;
        }
        loop.phase = Activity.Phase.CALLED;
        int depth = m.callDeferred(d.fn, m.frameAt(d.sp),
                loop.p == null ? "Goexit" : (loop.goexit ? "Goexit" : "_panic#" + loop.p.serial));
        if (loop.p != null) {
            loop.p.argp = depth;
        }
    }

    /** After reflectcall/deferCallSave returned, or after runOpenDeferFrame finished this record. */
    private void afterCall(GoFrame f, Activity.DeferLoop loop, boolean done) {
        RuntimePanic p = loop.p;
        DeferRecord d = loop.d;
        loop.phase = Activity.Phase.NEXT;
        if (p != null) {
            p.argp = -1;
        }
        if (loop.goexit && p != null && p.aborted) {
            p.aborted = false;
            m.action("Goexit", () -> "resumes its loop after a recovered panic bypassed it");
            return;
        }
        if (m.g().deferHead != d) {
            m.fatal(f, "bad defer entry in " + (loop.goexit ? "Goexit" : "panic"));
            return;
        }
        d.panic = null;
        // gopanic keeps pc and sp before freedefer: recovery needs them after the record is gone.
        Resume at = new Resume(d.sp, d.openDefer);
        if (done) {
            d.fn = null;
            m.g().deferHead = d.link;
            m.freedefer(d);
        }
        if (!loop.goexit && p.recovered) {
            recovery(p, at, done);
        }
    }

    private void afterOpenFrame(GoFrame f, Activity.DeferLoop loop, boolean done) {
        if (loop.goexit) {
            if (!done) {
                m.fatal(f, "unfinished open-coded defers in Goexit");
                return;
            }
            open.addOneOpenDeferFrame(loop.p != null && loop.p.aborted ? f.depth() : -1);
        } else if (done && !loop.p.recovered && !m.config.has(Flaw.NO_RESCAN_AFTER_OPEN_FRAME)) {
            open.addOneOpenDeferFrame(-1);
        }
        afterCall(f, loop, done);
    }

    /**
     * gopanic's recovery path: resume a bypassed Goexit, or drop the non-started open records (their
     * frames will run their defers inline), pop p and the aborted panics, and mcall(recovery) into the
     * frame of the record that recovered.
     */
    private void recovery(RuntimePanic p, Resume at, boolean done) {
        m.g().panicHead = p.link;
        RuntimePanic below = m.g().panicHead;
        if (below != null && below.goexit && below.aborted && !m.config.has(Flaw.GOEXIT_BYPASS_IGNORED)) {
            resumeGoexit(p, below);
            return;
        }
        if (!m.config.has(Flaw.KEEP_STALE_OPEN_RECORDS)) {
            dropOpenRecords(done);
        }
        List<String> dropped = new ArrayList<>();
        dropped.add(p.describe());
        while (m.g().panicHead != null && m.g().panicHead.aborted) {
            dropped.add(m.g().panicHead.describe());
            m.g().panicHead = m.g().panicHead.link;
        }
        GoFrame target = m.frameAt(at.sp());
        m.unwindAbove(target.depth());
        m.cost.recoveryJumps++;
        m.cost.deferreturnCalls++;
        target.activity = new Activity.DeferReturn();
        if (m.config.has(Flaw.RESULTS_NOT_WRITTEN_BACK)) {
            m.zeroResults(target);
        }
        m.action("recovery", () -> at.openDefer() ? "jumps to the deferreturn segment of " + target.name()
                : "deferproc returns 1 in " + target.name() + ", which jumps to its deferreturn epilogue");
        m.emit(new Event.Recovery(target.function().span(), target.name(), dropped, false));
    }

    /**
     * gopanic's 1.14 check that p.link is a Goexit this panic aborted: mcall(recovery) back into Goexit's
     * loop with deferCallSave's pc/sp instead of the frame that recovered. Like PanicLoopRuntime's jump back
     * into Goexit's start, the Recovery event names the frame whose Goexit loop resumes and drops only p.
     */
    private void resumeGoexit(RuntimePanic p, RuntimePanic goexit) {
        m.cost.recoveryJumps++;
        m.unwindAbove(goexit.loopDepth);
        GoFrame loop = m.top();
        m.action("recovery", () -> "jumps back into Goexit's loop (deferCallSave's pc/sp) in " + loop.name());
        m.emit(new Event.Recovery(loop.function().span(), loop.name(), List.of(p.describe()), true));
    }

    /** Mirrors go1.19 gopanic: drop later non-started open records, stopping at a started record. */
    private void dropOpenRecords(boolean done) {
        DeferRecord d = m.g().deferHead;
        DeferRecord prev = null;
        if (!done) {
            prev = d;
            d = d.link;
        }
        while (d != null) {
            if (d.started && !m.config.has(Flaw.DROP_STARTED_OPEN_RECORDS)) {
                break;
            }
            if (d.openDefer) {
                DeferRecord next = d.link;
                if (prev == null) {
                    m.g().deferHead = next;
                } else {
                    prev.link = next;
                }
                DeferRecord dropped = d;
                m.action("gopanic", () -> "drops open record #" + dropped.id + " for " + dropped.varp.name()
                        + (dropped.started ? " although it is started (mutant)" : ": its frame will run its defers inline"));
                m.freedefer(d);
                d = next;
            } else {
                prev = d;
                d = d.link;
            }
        }
    }

    /** The pc and sp gopanic saves from the record before freeing it: where recovery resumes. */
    private record Resume(long sp, boolean openDefer) { }

    private static String routine(Activity.DeferLoop loop) {
        return loop.goexit ? "Goexit" : "gopanic";
    }
}

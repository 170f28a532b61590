package defercheck.fast;

import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import java.util.Arrays;

/**
 * runtime/RuntimeMachine on int arrays: per-frame deferBits, open-coded slots and the runtime routine running on
 * the frame (GoFrame, Activity); the {@code g._defer} chain of records (DeferRecord, indexed by {@code d}) with the
 * per-P pool; the {@code g._panic} chain (RuntimePanic, indexed by serial {@code p}). A {@link FastPlan} says, per
 * function, whether it is open-coded and which sites are stack or heap records. The defer statement is
 * {@link FastDeferStatement}, the open-coded exit {@link FastOpenDeferExitCode}, and the panic runtime
 * {@link FastLegacyRuntime} (Go 1.12-1.21) or {@link FastPanicLoopRuntime} (Go 1.22+): each a port of the reference
 * class of the same name, statement for statement, with objects replaced by indices.
 */
final class FastRuntimeMachine extends FastMachineBase {
    /** Activity: none, OpenDeferExit, DeferReturn, DeferLoop, PanicLoop. */
    static final int NONE = 0;
    static final int OPEN_DEFER_EXIT = 1;
    static final int DEFER_RETURN = 2;
    static final int DEFER_LOOP = 3;
    static final int PANIC_LOOP = 4;
    static final int NIL = -1;

    final GoVersion version;
    final FastPlan plan;
    /** Go 1.22's panic loop rather than gopanic with _defer.started. */
    final boolean panicLoop;
    private final FastPanicRuntime runtime;
    private final FastDeferStatement deferStatement = new FastDeferStatement(this);
    private final FastOpenDeferExitCode openExit = new FastOpenDeferExitCode(this);
    // per frame (GoFrame): deferBits, the slots' instances, and the runtime routine on it
    final int[] deferBits = new int[MAX_FRAMES];
    final int[] slotInstance = new int[MAX_FRAMES * FastCode.MAX_SITES];
    final int[] activity = new int[MAX_FRAMES];
    /** OpenDeferExit.next */
    final int[] exitNext = new int[MAX_FRAMES];
    /** DeferLoop.phase (FastLegacyRuntime.PHASE_*) */
    final int[] phase = new int[MAX_FRAMES];
    /** DeferLoop.p or PanicLoop.p: the loop's _panic (NIL for a pre-1.14 Goexit) */
    final int[] loopPanic = new int[MAX_FRAMES];
    final boolean[] loopGoexit = new boolean[MAX_FRAMES];
    /** DeferLoop.d: the loop's current record */
    final int[] loopRecord = new int[MAX_FRAMES];
    /** The OpenFrameRun of a DeferReturn or DeferLoop: its record d (or NIL), next, calling, callPanic */
    final int[] openRecord = new int[MAX_FRAMES];
    final int[] openNext = new int[MAX_FRAMES];
    final boolean[] openCalling = new boolean[MAX_FRAMES];
    final int[] openCallPanic = new int[MAX_FRAMES];
    // _defer records d; sp is the owning frame's depth, fn the site and instance of the call
    int deferHead;
    private int records;
    boolean[] heap = new boolean[64];
    boolean[] started = new boolean[64];
    int[] sp = new int[64];
    int[] fnSite = new int[64];
    int[] fnInstance = new int[64];
    int[] panic = new int[64];
    int[] link = new int[64];
    boolean[] openDefer = new boolean[64];
    int[] varp = new int[64];
    private int[] pool = new int[64];
    private int pooled;
    // _panic records p, by serial
    int panicHead;
    private int serials;
    int[] arg = new int[64];
    boolean[] goexit = new boolean[64];
    int[] panicLink = new int[64];
    int[] argp = new int[64];
    int[] loopDepth = new int[64];
    boolean[] recovered = new boolean[64];
    boolean[] aborted = new boolean[64];
    boolean[] deferreturn = new boolean[64];
    int[] startDepth = new int[64];
    int[] frameDepth = new int[64];
    int[] lrDepth = new int[64];
    /** _panic.deferBits: the open-coded frame p is draining (p.deferBitsPtr), or NIL */
    int[] panicBits = new int[64];

    FastRuntimeMachine(GoVersion version, FastPlan plan, boolean panicLoop) {
        this.version = version;
        this.plan = plan;
        this.panicLoop = panicLoop;
        this.runtime = panicLoop ? new FastPanicLoopRuntime(this) : new FastLegacyRuntime(this);
    }

    @Override
    void reset() {
        deferHead = NIL;
        records = 0;
        pooled = 0;
        panicHead = NIL;
        serials = 0;
        runtime.reset();
    }

    @Override
    void newFrame(int f) {
        deferBits[f] = 0;
        activity[f] = NONE;
        openRecord[f] = NIL;
    }

    boolean openCoded(int f) {
        return function[f] != WRAPPER && plan.openCoded[function[f]];
    }

    int sitesOf(int f) {
        return function[f] == WRAPPER ? 0 : code.sitesOf(function[f]);
    }

    @Override
    void step(int top) {
        if (activity[top] == NONE) {
            execute(top);
        } else if (activity[top] == OPEN_DEFER_EXIT) {
            openExit.step(top);
        } else {
            runtime.resume(top);
        }
    }

    @Override
    void deferCall(int f, int site, int instance) {
        deferStatement.execute(f, site, instance);
    }

    void pushRecord(int d) {
        link[d] = deferHead;
        deferHead = d;
    }

    /** runtime.newdefer: the per-P pool first (LIFO), then a fresh record. */
    int newdefer() {
        if (pooled > 0) {
            return pool[--pooled];
        }
        return allocate(true);
    }

    /** A fresh record: from newdefer's mallocgc, or a stack record in its frame. */
    int allocate(boolean onHeap) {
        if (records == heap.length) {
            growRecords();
        }
        int d = records++;
        heap[d] = onHeap;
        clear(d);
        return d;
    }

    private void clear(int d) {
        started[d] = false;
        sp[d] = NIL;
        panic[d] = NIL;
        link[d] = NIL;
        openDefer[d] = false;
        varp[d] = NIL;
    }

    private void growRecords() {
        int n = 2 * records;
        heap = Arrays.copyOf(heap, n);
        started = Arrays.copyOf(started, n);
        sp = Arrays.copyOf(sp, n);
        fnSite = Arrays.copyOf(fnSite, n);
        fnInstance = Arrays.copyOf(fnInstance, n);
        panic = Arrays.copyOf(panic, n);
        link = Arrays.copyOf(link, n);
        openDefer = Arrays.copyOf(openDefer, n);
        varp = Arrays.copyOf(varp, n);
        pool = Arrays.copyOf(pool, n);
    }

    /** runtime.freedefer: stack records are not pooled. */
    void freedefer(int d) {
        if (!heap[d]) {
            return;
        }
        clear(d);
        pool[pooled++] = d;
    }

    int newPanic(int value, boolean isGoexit) {
        int p = serials++;
        if (p == arg.length) {
            growPanics();
        }
        arg[p] = value;
        goexit[p] = isGoexit;
        panicLink[p] = NIL;
        argp[p] = NIL;
        loopDepth[p] = NIL;
        recovered[p] = false;
        aborted[p] = false;
        deferreturn[p] = false;
        startDepth[p] = 0;
        frameDepth[p] = NIL;
        lrDepth[p] = NIL;
        panicBits[p] = NIL;
        return p;
    }

    private void growPanics() {
        int n = arg.length * 2;
        arg = Arrays.copyOf(arg, n);
        goexit = Arrays.copyOf(goexit, n);
        panicLink = Arrays.copyOf(panicLink, n);
        argp = Arrays.copyOf(argp, n);
        loopDepth = Arrays.copyOf(loopDepth, n);
        recovered = Arrays.copyOf(recovered, n);
        aborted = Arrays.copyOf(aborted, n);
        deferreturn = Arrays.copyOf(deferreturn, n);
        startDepth = Arrays.copyOf(startDepth, n);
        frameDepth = Arrays.copyOf(frameDepth, n);
        lrDepth = Arrays.copyOf(lrDepth, n);
        panicBits = Arrays.copyOf(panicBits, n);
    }

    /** The compiler's exit path: inline open-coded exit code, a deferreturn call, or a plain RET. */
    @Override
    void returnFrom(int f) {
        if (openCoded(f)) {
            activity[f] = OPEN_DEFER_EXIT;
            exitNext[f] = sitesOf(f) - 1;
        } else if (sitesOf(f) > 0) {
            runtime.deferreturn(f);
        } else {
            finishFrame(f);
        }
    }

    /** Calls open-coded slot {@code i} of frame {@code f}; returns the new frame's depth. */
    int callSlot(int f, int i) {
        return callDeferred(f, i, slotInstance[f * FastCode.MAX_SITES + i]);
    }

    /** Calls the deferred call record {@code d} holds, in its owner's name; returns the new frame's depth. */
    int callRecord(int d) {
        return callDeferred(sp[d], fnSite[d], fnInstance[d]);
    }

    @Override
    void raisePanic(int f, int v) {
        runtime.gopanic(f, v);
    }

    @Override
    void goexit(int f) {
        runtime.goexit(f);
    }

    /** runtime.gorecover: the top _panic must be a real panic, not yet recovered, whose argp is the caller's. */
    @Override
    int recover(int caller, int loc) {
        int callerArgp = function[caller] == WRAPPER && wrapped[caller] == FastCode.T_RECOVER ? deferrer[caller] : caller;
        int p = panicHead;
        if (p == NIL || goexit[p] || recovered[p] || callerArgp != argp[p]) {
            observed.add(Observed.RECOVERED, 0, loc);
            return 0;
        }
        recovered[p] = true;
        observed.add(Observed.RECOVERED, arg[p], loc);
        return arg[p];
    }

    /** Control goes back to the runtime routine on the frame below, which resumes at the next step. */
    @Override
    void returnedDeferred(int f) {
        // nothing to do until then
    }

    /** runtime.fatalpanic after printpanics: the g._panic chain, oldest first. */
    void crash() {
        finish(Outcome.Kind.PANIC_CRASH, 2);
        int n = 0;
        for (int p = panicHead; p != NIL; p = panicLink[p]) {
            n++;
        }
        int[] oldestFirst = scratch(n);
        int i = n;
        for (int p = panicHead; p != NIL; p = panicLink[p]) {
            oldestFirst[--i] = p;
        }
        for (int k = 0; k < n; k++) {
            int p = oldestFirst[k];
            panicLine(arg[p], goexit[p], recovered[p], k == 0, k > 0 && goexit[oldestFirst[k - 1]]);
        }
        endPanicLines();
    }

    private int[] crashScratch = new int[16];

    private int[] scratch(int n) {
        if (crashScratch.length < n) {
            crashScratch = new int[2 * n];
        }
        return crashScratch;
    }

    /** runtime.goexit1 on the main goroutine. */
    void goexitDone() {
        finish(Outcome.Kind.GOEXIT_DEADLOCK, 2);
    }

    /** runtime.throw: an internal consistency check of the runtime failed. */
    void fatal(FatalMessage message) {
        finish(Outcome.Kind.FATAL_ERROR, 2);
        observed.add(Observed.FATAL, message.ordinal());
    }
}

package defercheck.fast;

import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import java.util.Arrays;

/**
 * A runtime strategy machine (runtime/RuntimeMachine) on int arrays: per-frame deferBits, open-coded slots
 * and the runtime routine running on the frame; the {@code g._defer} chain of records with the per-P pool;
 * the {@code g._panic} chain kept by serial. A {@link FastPlan} says, per function, whether it is
 * open-coded and which sites are stack or heap records. The panic runtime is {@link FastLegacyRuntime}
 * (gopanic with {@code _defer.started}, Go 1.12-1.21) or {@link FastPanicLoop} (Go 1.22+), each a port of
 * the reference class of the same role, statement for statement, with objects replaced by indices.
 */
final class FastRuntimeMachine extends FastGoroutine {
    static final int NONE = 0;
    static final int OPEN_EXIT = 1;
    static final int DEFER_RETURN = 2;
    static final int DEFER_LOOP = 3;
    static final int PANIC_LOOP = 4;
    static final int NIL = -1;

    final GoVersion version;
    final FastPlan plan;
    /** Go 1.22's panic loop rather than gopanic with _defer.started. */
    final boolean panicLoop;
    private final PanicRuntime runtime;
    // per frame
    final int[] deferBits = new int[MAX_FRAMES];
    final int[] slotInstance = new int[MAX_FRAMES * FastCode.MAX_SITES];
    final int[] activity = new int[MAX_FRAMES];
    /** OpenDeferExit.next, or the DeferLoop's phase */
    final int[] next = new int[MAX_FRAMES];
    /** The DeferLoop's or PanicLoop's _panic (or NIL for a pre-1.14 Goexit) */
    final int[] loopPanic = new int[MAX_FRAMES];
    final boolean[] loopGoexit = new boolean[MAX_FRAMES];
    /** The DeferLoop's current record */
    final int[] loopRecord = new int[MAX_FRAMES];
    /** The OpenFrameRun of a DeferReturn or DeferLoop: its record (or NIL), next bit, calling, callPanic */
    final int[] openRecord = new int[MAX_FRAMES];
    final int[] openNext = new int[MAX_FRAMES];
    final boolean[] openCalling = new boolean[MAX_FRAMES];
    final int[] openCallPanic = new int[MAX_FRAMES];
    // _defer records; sp is the owning frame's depth
    int deferHead;
    private int records;
    boolean[] heap = new boolean[64];
    boolean[] started = new boolean[64];
    int[] sp = new int[64];
    int[] recSite = new int[64];
    int[] recInstance = new int[64];
    int[] recPanic = new int[64];
    int[] link = new int[64];
    boolean[] openDefer = new boolean[64];
    int[] varp = new int[64];
    private int[] pool = new int[64];
    private int pooled;
    // _panic records by serial
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
    int[] panicBits = new int[64];

    /** The panic runtime a machine is configured with: the reference's PanicRuntime. */
    interface PanicRuntime {
        void reset();

        void deferreturn(int d);

        void gopanic(int d, int value, boolean goexit);

        void resume(int d);
    }

    FastRuntimeMachine(GoVersion version, FastPlan plan, boolean panicLoop) {
        this.version = version;
        this.plan = plan;
        this.panicLoop = panicLoop;
        this.runtime = panicLoop ? new FastPanicLoop(this) : new FastLegacyRuntime(this);
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
    void framePushed(int d) {
        deferBits[d] = 0;
        activity[d] = NONE;
        openRecord[d] = NIL;
    }

    boolean openCoded(int d) {
        return fn[d] != WRAPPER && plan.openCoded[fn[d]];
    }

    int sitesOf(int d) {
        return fn[d] == WRAPPER ? 0 : code.sitesOf(fn[d]);
    }

    @Override
    boolean resume(int d) {
        if (activity[d] == NONE) {
            return false;
        }
        if (activity[d] == OPEN_EXIT) {
            openDeferExit(d);
        } else {
            runtime.resume(d);
        }
        return true;
    }

    /** DeferStatement: openDeferRecord, deferprocStack or deferproc, per the frame's plan. */
    @Override
    void deferSite(int d, int site, int instance) {
        int alloc = plan.allocation[code.siteStart[fn[d]] + site];
        if (alloc == FastPlan.OPEN_CODED) {
            slotInstance[d * FastCode.MAX_SITES + site] = instance;
            deferBits[d] |= 1 << site;
            return;
        }
        int rec = alloc == FastPlan.STACK ? allocate(false) : newdefer();
        started[rec] = false;
        sp[rec] = d;
        recSite[rec] = site;
        recInstance[rec] = instance;
        recPanic[rec] = NIL;
        link[rec] = deferHead;
        deferHead = rec;
    }

    /** runtime.newdefer: the per-P pool first (LIFO), then a fresh record. */
    int newdefer() {
        if (pooled > 0) {
            return pool[--pooled];
        }
        return allocate(true);
    }

    private int allocate(boolean onHeap) {
        if (records == heap.length) {
            growRecords();
        }
        int rec = records++;
        heap[rec] = onHeap;
        clear(rec);
        return rec;
    }

    private void clear(int rec) {
        started[rec] = false;
        sp[rec] = NIL;
        recPanic[rec] = NIL;
        link[rec] = NIL;
        openDefer[rec] = false;
        varp[rec] = NIL;
    }

    private void growRecords() {
        int n = 2 * records;
        heap = Arrays.copyOf(heap, n);
        started = Arrays.copyOf(started, n);
        sp = Arrays.copyOf(sp, n);
        recSite = Arrays.copyOf(recSite, n);
        recInstance = Arrays.copyOf(recInstance, n);
        recPanic = Arrays.copyOf(recPanic, n);
        link = Arrays.copyOf(link, n);
        openDefer = Arrays.copyOf(openDefer, n);
        varp = Arrays.copyOf(varp, n);
        pool = Arrays.copyOf(pool, n);
    }

    /** runtime.freedefer: stack records are not pooled. */
    void freedefer(int rec) {
        if (!heap[rec]) {
            return;
        }
        clear(rec);
        pool[pooled++] = rec;
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
    void returnFrom(int d) {
        if (openCoded(d)) {
            activity[d] = OPEN_EXIT;
            next[d] = sitesOf(d) - 1;
        } else if (sitesOf(d) > 0) {
            runtime.deferreturn(d);
        } else {
            finishFrame(d);
        }
    }

    /** ssagen's openDeferExit: bits high to low, each cleared before its call. */
    private void openDeferExit(int d) {
        while (next[d] >= 0 && (deferBits[d] & (1 << next[d])) == 0) {
            next[d]--;
        }
        if (next[d] < 0) {
            activity[d] = NONE;
            finishFrame(d);
            return;
        }
        int i = next[d]--;
        deferBits[d] &= ~(1 << i);
        callSlot(d, i);
    }

    /** Calls open-coded slot {@code i} of frame {@code d}; returns the new frame's depth. */
    int callSlot(int d, int i) {
        return callDeferred(d, i, slotInstance[d * FastCode.MAX_SITES + i]);
    }

    /** Calls the deferred call a record holds, in its owner's name; returns the new frame's depth. */
    int callRecord(int rec) {
        return callDeferred(sp[rec], recSite[rec], recInstance[rec]);
    }

    @Override
    void raise(int d, int value, boolean isGoexit) {
        runtime.gopanic(d, value, isGoexit);
    }

    /** runtime.gorecover: the top _panic must be a real panic, not yet recovered, whose argp is the caller's. */
    @Override
    int recover(int d, int loc) {
        int callerArgp = fn[d] == WRAPPER && wrapped[d] == FastCode.T_RECOVER ? deferrer[d] : d;
        int p = panicHead;
        if (p == NIL || goexit[p] || recovered[p] || callerArgp != argp[p]) {
            observed.add(Observed.RECOVERED, 0, loc);
            return 0;
        }
        recovered[p] = true;
        observed.add(Observed.RECOVERED, arg[p], loc);
        return arg[p];
    }

    @Override
    void returnedDeferred(int d) {
        // the runtime routine on the frame below resumes at the next step
    }

    void unwindAbove(int depth) {
        frames = depth + 1;
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

    void goexitDone() {
        finish(Outcome.Kind.GOEXIT_DEADLOCK, 2);
    }

    /** runtime.throw: an internal consistency check of the runtime failed. */
    void fatal(FatalMessage message) {
        finish(Outcome.Kind.FATAL_ERROR, 2);
        observed.add(Observed.FATAL, message.ordinal());
    }
}

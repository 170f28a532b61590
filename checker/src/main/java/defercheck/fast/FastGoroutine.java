package defercheck.fast;

import defercheck.semantics.Outcome;

/**
 * What every fast machine shares: one goroutine's frames as parallel int arrays indexed by depth, the core
 * statements they execute, deferred builtins' wrapper frames, the call and return protocol and the
 * observables. Subclasses supply what differs between the abstract semantics and the runtime strategies:
 * how a {@code defer} statement records its call, what a return does, panics, Goexit and recover. One step
 * executes one statement or one action of the subclass's panic machinery; no Go call uses the Java stack
 * and no Go control flow is a Java exception. All state is preallocated and reused for the next program.
 */
abstract class FastGoroutine {
    /** The explorer's budgets (explore.MachineSuite.LIMITS): frames as the reference counts them, and steps. */
    static final int MAX_FRAMES = 2_000;
    static final int MAX_STEPS = 200_000;
    /** kinds of frame: how it was called */
    static final int ENTRY_MAIN = 0;
    static final int ORDINARY = 1;
    static final int DEFERRED = 2;
    /** fn of a deferred builtin's wrapper frame (runtime.deferwrap) */
    static final int WRAPPER = -1;

    FastCode code;
    final Observed observed = new Observed();
    int frames;
    final int[] fn = new int[MAX_FRAMES];
    final int[] pc = new int[MAX_FRAMES];
    final int[] kind = new int[MAX_FRAMES];
    /** For a deferred call: the depth of the frame that deferred it; else -1. */
    final int[] deferrer = new int[MAX_FRAMES];
    /** The depth of the top-level frame whose r this frame reads and writes (closures capture it). */
    final int[] rFrame = new int[MAX_FRAMES];
    final int[] r = new int[MAX_FRAMES];
    /** An unnamed result's slot, which {@code return v} fills and closures never see. */
    final int[] result = new int[MAX_FRAMES];
    /** For a wrapper frame: which builtin (FastCode.T_*), its argument and the site's position. */
    final int[] wrapped = new int[MAX_FRAMES];
    final int[] wrappedArg = new int[MAX_FRAMES];
    final int[] wrappedLoc = new int[MAX_FRAMES];
    /** Executions so far of each site in each frame (DeferredCall.instance). */
    final int[] instances = new int[MAX_FRAMES * FastCode.MAX_SITES];
    private int steps;
    private int tabs;
    boolean done;

    /** Runs the compiled program to its end; the observables are then in {@link #observed}. */
    final void run(FastCode program) {
        code = program;
        observed.clear();
        frames = 0;
        steps = 0;
        done = false;
        reset();
        pushFrame(0, ENTRY_MAIN, -1, 0);
        while (!done) {
            if (++steps > MAX_STEPS) {
                finish(Outcome.Kind.STEP_LIMIT, 124);
                break;
            }
            int top = frames - 1;
            if (!resume(top)) {
                execute(top);
            }
        }
    }

    /** Clears the subclass's state for a new run. */
    abstract void reset();

    /** Runs one step of a runtime routine on top of frame {@code d}, if one is active there. */
    abstract boolean resume(int d);

    /** The {@code defer} statement's effect for one execution of a site. */
    abstract void deferSite(int d, int site, int instance);

    /** A return statement (or falling off the end) after the result slots are assigned. */
    abstract void returnFrom(int d);

    abstract void raise(int d, int value, boolean goexit);

    /** recover() called by frame {@code d}; returns the value or 0 for nil, and records the event. */
    abstract int recover(int d, int loc);

    /** Frame {@code d} returned and is gone; a deferred call's caller decides what happens next. */
    abstract void returnedDeferred(int d);

    private void execute(int d) {
        if (fn[d] == WRAPPER) {
            executeWrapper(d);
            return;
        }
        int at = pc[d]++;
        int a = code.arg[at];
        switch (code.op[at]) {
            case FastCode.PRINT:
                observed.add(Observed.PRINTLN, a);
                break;
            case FastCode.RECOVER:
                observed.add(Observed.FMT_PRINTLN, recover(d, a));
                break;
            case FastCode.CALL:
                pushFrame(a, ORDINARY, -1, frames);
                break;
            case FastCode.SET_R:
                r[rFrame[d]] = a;
                break;
            case FastCode.DEFER:
                deferStatement(d, a);
                break;
            case FastCode.PANIC:
                raise(d, a, false);
                break;
            case FastCode.RETURN:
                if (code.result[fn[d]] == FastCode.R_NAMED) {
                    r[d] = a;
                } else {
                    result[d] = a;
                }
                returnFrom(d);
                break;
            case FastCode.GOEXIT:
                raise(d, 0, true);
                break;
            case FastCode.EXIT:
                finish(Outcome.Kind.OS_EXIT, a & 0xff);
                break;
            case FastCode.END:
                if (code.result[fn[d]] == FastCode.R_UNNAMED) {
                    result[d] = r[d];
                }
                returnFrom(d);
                break;
            default:
                throw new AssertionError(code.op[at]);
        }
    }

    private void deferStatement(int d, int local) {
        int site = code.siteStart[fn[d]] + local;
        for (int k = code.times[site]; k > 0; k--) {
            deferSite(d, local, instances[d * FastCode.MAX_SITES + local]++);
        }
    }

    /** runtime.deferwrap(builtin): call the builtin, then return; its recover counts as its deferrer's. */
    private void executeWrapper(int d) {
        if (pc[d]++ > 0) {
            returnFrom(d);
            return;
        }
        switch (wrapped[d]) {
            case FastCode.T_PRINTLN:
                observed.add(Observed.PRINTLN, wrappedArg[d]);
                break;
            case FastCode.T_PANIC:
                raise(d, wrappedArg[d], false);
                break;
            case FastCode.T_RECOVER:
                recover(d, wrappedLoc[d]);
                break;
            default:
                throw new AssertionError(wrapped[d]);
        }
    }

    /** Pushes a frame for top-level function or closure {@code f}; {@code box} is the frame holding its r. */
    final void pushFrame(int f, int how, int deferrerDepth, int box) {
        if (frames == MAX_FRAMES) {
            finish(Outcome.Kind.STACK_OVERFLOW, 2);
            return;
        }
        int d = frames++;
        fn[d] = f;
        pc[d] = f == WRAPPER ? 0 : code.codeStart[f];
        kind[d] = how;
        deferrer[d] = deferrerDepth;
        rFrame[d] = box;
        r[d] = 0;
        result[d] = 0;
        int base = d * FastCode.MAX_SITES;
        for (int i = 0; i < FastCode.MAX_SITES; i++) {
            instances[base + i] = 0;
        }
        framePushed(d);
    }

    /** Hook for per-frame state of a subclass (deferBits, activities). */
    abstract void framePushed(int d);

    /**
     * Calls the deferred call of {@code site} (a site of frame {@code owner}'s function) with its instance:
     * a frame for a closure or named function, or a wrapper for a builtin. Returns the new frame's depth.
     */
    final int callDeferred(int owner, int site, int instance) {
        int f = fn[owner];
        int s = code.siteStart[f] + site;
        observed.add(Observed.DEFERRED, f, site, instance);
        int depth = frames;
        int t = code.target[s];
        if (t == FastCode.T_CLOSURE) {
            pushFrame(code.targetArg[s], DEFERRED, owner, code.closure[f] ? rFrame[owner] : owner);
        } else if (t == FastCode.T_NAMED) {
            pushFrame(code.targetArg[s], DEFERRED, owner, depth);
        } else {
            pushFrame(WRAPPER, DEFERRED, owner, depth);
            if (done) {
                return depth;
            }
            wrapped[depth] = t;
            wrappedArg[depth] = code.targetArg[s];
            wrappedLoc[depth] = code.siteLoc[s];
        }
        return depth;
    }

    /** The frame on top returns to its caller with its result as it stands. */
    final void finishFrame(int d) {
        int f = fn[d];
        int value = -1;
        if (f != WRAPPER) {
            int k = code.result[f];
            value = k == FastCode.R_NAMED ? r[d] : k == FastCode.R_UNNAMED ? result[d] : -1;
            observed.add(Observed.RETURNED, f, value);
        }
        frames = d;
        switch (kind[d]) {
            case ORDINARY:
                if (value >= 0) {
                    observed.add(Observed.PRINTLN, value);
                }
                break;
            case ENTRY_MAIN:
                finish(Outcome.Kind.NORMAL_EXIT, 0);
                break;
            case DEFERRED:
                returnedDeferred(d);
                break;
            default:
                throw new AssertionError(kind[d]);
        }
    }

    final void finish(Outcome.Kind how, int exitCode) {
        observed.add(Observed.FINISHED, how.ordinal(), exitCode);
        done = true;
    }

    /**
     * runtime.printpanics' lines, oldest first: each record after one that is not a Goexit prints a tab,
     * and only real panics print a line; so a line carries every tab printed since the previous line (a
     * Goexit between two panics leaves its tab before the next one). Tabs left at the end form a record of
     * their own with value -1. Call {@link #panicLine} for each record, then {@link #endPanicLines}.
     */
    final void panicLine(int value, boolean goexit, boolean recovered, boolean first, boolean previousGoexit) {
        if (!first && !previousGoexit) {
            tabs++;
        }
        if (!goexit) {
            observed.add(Observed.PANIC_LINE, value, recovered ? 1 : 0, tabs);
            tabs = 0;
        }
    }

    final void endPanicLines() {
        if (tabs > 0) {
            observed.add(Observed.PANIC_LINE, -1, 0, tabs);
            tabs = 0;
        }
    }
}

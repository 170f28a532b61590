package defercheck.fast;

import defercheck.semantics.Outcome;

/**
 * semantics/MachineBase on int arrays: what every fast machine shares. One goroutine's frames as parallel arrays
 * indexed by depth ({@code f} below is always a frame's depth), the core statements they execute (the
 * interpreter's and Builtins' part), deferred builtins' wrapper frames, the call and return protocol and the
 * observables. Subclasses supply what differs between the abstract semantics and the runtime strategies, under the
 * names of the reference hooks: {@code step} on the top frame, {@code deferCall}, {@code returnFrom},
 * {@code raisePanic}, {@code goexit}, {@code recover}, {@code returnedDeferred}. One step executes one statement or
 * one action of the subclass's defer machinery; no Go call uses the Java stack and no Go control flow is a Java
 * exception. All state is preallocated and reused for the next program.
 */
abstract class FastMachineBase {
    /** The explorer's budgets (explore.MachineSuite.LIMITS): frames as the reference counts them, and steps. */
    static final int MAX_FRAMES = 2_000;
    static final int MAX_STEPS = 200_000;
    /** How a frame was called, as semantics.Invocation says: Entry (main.main), Call, or a deferred call. */
    static final int ENTRY = 0;
    static final int CALL = 1;
    static final int DEFERRED = 2;
    /** The function of a deferred builtin's wrapper frame (runtime.deferwrap). */
    static final int WRAPPER = -1;

    FastCode code;
    final Observed observed = new Observed();
    int frames;
    /** The function a frame runs (Frame.function), or WRAPPER. */
    final int[] function = new int[MAX_FRAMES];
    final int[] pc = new int[MAX_FRAMES];
    final int[] invocation = new int[MAX_FRAMES];
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
    /** The receiver a value-method defer copied, by deferring frame, site and instance (a loop runs at most 7). */
    private final int[] receiver = new int[MAX_FRAMES * FastCode.MAX_SITES * 8];
    private int steps;
    private int tabs;
    boolean done;

    /** Runs the compiled program to its end; the observables are then in {@link #observed}. */
    final void run(FastCode program) {
        run(program, 0);
    }

    /**
     * Runs one goroutine of the compiled program alone, from top-level function {@code entry} (0: main). A
     * goroutine shares nothing with the others but the output and the WaitGroup, so its run alone is its part
     * of every schedule: the go statements and waits it passes are noted in the observables, and
     * {@link FastSchedules} interleaves the runs. A worker's ending is spelled as main's would be (a Goexit as
     * main's Goexit); the schedules read it as the worker's.
     */
    final void run(FastCode program, int entry) {
        code = program;
        observed.clear();
        frames = 0;
        steps = 0;
        done = false;
        reset();
        pushFrame(entry, ENTRY, -1, 0);
        while (!done) {
            if (++steps > MAX_STEPS) {
                finish(Outcome.Kind.STEP_LIMIT, 124);
                break;
            }
            step(frames - 1);
        }
    }

    /** Clears the subclass's state for a new run. */
    abstract void reset();

    /** One step on the top frame: a statement ({@link #execute}), or one action of the defer machinery on it. */
    abstract void step(int top);

    /** The {@code defer} statement's effect for one execution of a site. */
    abstract void deferCall(int f, int site, int instance);

    /** A return statement (or falling off the end) after the result slots are assigned. */
    abstract void returnFrom(int f);

    abstract void raisePanic(int f, int value);

    abstract void goexit(int f);

    /** recover() called by frame {@code f}; returns the value or 0 for nil, and records the event. */
    abstract int recover(int f, int loc);

    /** Frame {@code f}, a deferred call, returned and is gone. */
    abstract void returnedDeferred(int f);

    /** Runs one statement of frame {@code f}. */
    final void execute(int f) {
        if (function[f] == WRAPPER) {
            executeWrapper(f);
            return;
        }
        int at = pc[f]++;
        int a = code.arg[at];
        switch (code.op[at]) {
            case FastCode.PRINT -> observed.add(Observed.PRINTLN, a);
            case FastCode.PRINT_R -> observed.add(Observed.PRINTLN, r[rFrame[f]]);
            case FastCode.RECOVER -> observed.add(Observed.FMT_PRINTLN, recover(f, a));
            case FastCode.CALL -> pushFrame(a, CALL, -1, frames);
            case FastCode.SET_R -> r[rFrame[f]] = a;
            case FastCode.DEFER -> deferStatement(f, a);
            case FastCode.PANIC -> raisePanic(f, a);
            case FastCode.RETURN -> {
                if (code.result[function[f]] == FastCode.R_NAMED) {
                    r[f] = a;
                } else {
                    result[f] = a;
                }
                returnFrom(f);
            }
            case FastCode.GOEXIT -> goexit(f);
            case FastCode.EXIT -> finish(Outcome.Kind.OS_EXIT, a & 0xff);
            case FastCode.END -> {
                if (code.result[function[f]] == FastCode.R_UNNAMED) {
                    result[f] = r[f];
                }
                returnFrom(f);
            }
            default -> goroutineStatement(code.op[at], a);
        }
    }

    /**
     * {@code go fN()} and {@code wg.Wait()}, noted for {@link FastSchedules}. Out of {@link #execute}'s switch
     * so that execute stays small enough for the JIT to inline it (programs without goroutines keep their rate).
     */
    private void goroutineStatement(int op, int a) {
        switch (op) {
            case FastCode.GO -> observed.add(Observed.GO, a);
            case FastCode.WAIT -> observed.add(Observed.WAIT, 0);
            default -> throw new AssertionError(op);
        }
    }

    private void deferStatement(int f, int local) {
        int site = code.siteStart[function[f]] + local;
        if (code.target[site] == FastCode.T_NIL_METHOD) {
            // the method value of a nil interface faults before anything is deferred (the [signal] line it
            // adds to a crash is normalized away before comparing, as ReferenceEncoding reads the reference's)
            raisePanic(f, FastCode.NIL_DEREF);
            return;
        }
        for (int k = code.times[site]; k > 0; k--) {
            int instance = instances[f * FastCode.MAX_SITES + local]++;
            if (code.target[site] == FastCode.T_VALUE_METHOD) {
                receiver[(f * FastCode.MAX_SITES + local) * 8 + instance] = r[rFrame[f]];
            }
            deferCall(f, local, instance);
        }
    }

    /** runtime.deferwrap(builtin): call the builtin, then return; its recover counts as its deferrer's. */
    private void executeWrapper(int f) {
        if (pc[f]++ > 0) {
            returnFrom(f);
            return;
        }
        switch (wrapped[f]) {
            case FastCode.T_PRINTLN -> observed.add(Observed.PRINTLN, wrappedArg[f]);
            case FastCode.T_PANIC -> raisePanic(f, wrappedArg[f]);
            case FastCode.T_RECOVER -> recover(f, wrappedLoc[f]);
            default -> throw new AssertionError(wrapped[f]);
        }
    }

    /** Pushes a frame for top-level function or closure {@code fn}; {@code box} is the frame holding its r. */
    final void pushFrame(int fn, int how, int deferrerDepth, int box) {
        if (frames == MAX_FRAMES) {
            finish(Outcome.Kind.STACK_OVERFLOW, 2);
            return;
        }
        int f = frames++;
        function[f] = fn;
        pc[f] = fn == WRAPPER ? 0 : code.codeStart[fn];
        invocation[f] = how;
        deferrer[f] = deferrerDepth;
        rFrame[f] = box;
        r[f] = 0;
        result[f] = 0;
        int base = f * FastCode.MAX_SITES;
        for (int i = 0; i < FastCode.MAX_SITES; i++) {
            instances[base + i] = 0;
        }
        newFrame(f);
    }

    /** The subclass's part of a new frame (MachineBase.newFrame): its mode, or deferBits and activity. */
    abstract void newFrame(int f);

    /**
     * Starts the deferred call of {@code site} (a site of frame {@code deferrer}'s function) with its instance:
     * a frame for a closure or named function, or a wrapper for a builtin. Returns the new frame's depth.
     */
    final int callDeferred(int deferrer, int site, int instance) {
        int fn = function[deferrer];
        int s = code.siteStart[fn] + site;
        observed.add(Observed.DEFERRED, fn, site, instance);
        int depth = frames;
        int t = code.target[s];
        if (t == FastCode.T_CLOSURE) {
            pushFrame(code.targetArg[s], DEFERRED, deferrer, code.closure[fn] ? rFrame[deferrer] : deferrer);
        } else if (t == FastCode.T_NAMED) {
            pushFrame(code.targetArg[s], DEFERRED, deferrer, depth);
        } else if (t == FastCode.T_VALUE_METHOD) {
            pushFrame(code.showFn, DEFERRED, deferrer, depth);
            if (!done) {
                r[depth] = receiver[(deferrer * FastCode.MAX_SITES + site) * 8 + instance];
            }
        } else if (t == FastCode.T_POINTER_METHOD) {
            pushFrame(code.showFn + 1, DEFERRED, deferrer, rFrame[deferrer]);
        } else {
            pushFrame(WRAPPER, DEFERRED, deferrer, depth);
            if (done) {
                return depth;
            }
            wrapped[depth] = t;
            wrappedArg[depth] = code.targetArg[s];
            wrappedLoc[depth] = code.siteLoc[s];
        }
        return depth;
    }

    /** The frame on top returns to whoever called it, with its result as it stands. */
    final void finishFrame(int f) {
        int fn = function[f];
        int value = -1;
        if (fn != WRAPPER) {
            int k = code.result[fn];
            value = k == FastCode.R_NAMED ? r[f] : k == FastCode.R_UNNAMED ? result[f] : -1;
            observed.add(Observed.RETURNED, fn, value);
        }
        frames = f;
        switch (invocation[f]) {
            case CALL -> {
                if (value >= 0) {
                    observed.add(Observed.PRINTLN, value);
                }
            }
            case ENTRY -> finish(Outcome.Kind.NORMAL_EXIT, 0);
            case DEFERRED -> returnedDeferred(f);
            default -> throw new AssertionError(invocation[f]);
        }
    }

    /** Discards every frame above {@code depth}: what a recovery does to the stack. */
    void unwindAbove(int depth) {
        frames = depth + 1;
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

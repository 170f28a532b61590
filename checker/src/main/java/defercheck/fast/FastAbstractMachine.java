package defercheck.fast;

import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;

/**
 * The abstract semantics (semantics/AbstractMachine and PanicMachinery, docs/semantics.md) on int arrays. Each
 * frame's LIFO list of deferred calls lives on one shared stack: a frame's calls are pushed only while it is
 * on top, and a panic takes calls only from the innermost frame that has any, so the frame owning the top
 * entry is always the one rules 2 and 3 need. Panics are kept by serial so that a deferred call can ask
 * whether the panic that started it is the top one and was recovered, as Invocation.ByPanic does.
 */
final class FastAbstractMachine extends FastGoroutine {
    private static final int RUNNING = 0;
    private static final int EXITING = 1;
    private static final int PANICKING = 2;
    private final GoVersion version;
    private final int[] mode = new int[MAX_FRAMES];
    /** For a call started by a panic's walk: that panic's serial; else -1 (called at exit, or not deferred). */
    private final int[] byPanic = new int[MAX_FRAMES];
    private int[] pendingOwner = new int[64];
    private int[] pendingSite = new int[64];
    private int[] pendingInstance = new int[64];
    private int defers;
    private final int[] panicStack = new int[MAX_FRAMES];
    private int panics;
    private int[] panicValue = new int[64];
    private boolean[] panicGoexit = new boolean[64];
    private int[] panicDepth = new int[64];
    private boolean[] panicRecovered = new boolean[64];
    private int serials;

    FastAbstractMachine(GoVersion version) {
        this.version = version;
    }

    @Override
    void reset() {
        defers = 0;
        panics = 0;
        serials = 0;
    }

    @Override
    void framePushed(int d) {
        mode[d] = RUNNING;
        byPanic[d] = -1;
    }

    @Override
    boolean resume(int d) {
        if (mode[d] == EXITING) {
            exitStep(d);
            return true;
        }
        if (mode[d] == PANICKING) {
            runNextDefer(d);
            return true;
        }
        return false;
    }

    /** Rule 1: the evaluated call goes on top of the frame's list. */
    @Override
    void deferSite(int d, int site, int instance) {
        if (defers == pendingOwner.length) {
            int n = 2 * defers;
            pendingOwner = java.util.Arrays.copyOf(pendingOwner, n);
            pendingSite = java.util.Arrays.copyOf(pendingSite, n);
            pendingInstance = java.util.Arrays.copyOf(pendingInstance, n);
        }
        pendingOwner[defers] = d;
        pendingSite[defers] = site;
        pendingInstance[defers] = instance;
        defers++;
    }

    @Override
    void returnFrom(int d) {
        mode[d] = EXITING;
    }

    /** Rule 2: pop and run the frame's defers LIFO, then return. */
    private void exitStep(int d) {
        if (defers > 0 && pendingOwner[defers - 1] == d) {
            defers--;
            callDeferred(d, pendingSite[defers], pendingInstance[defers]);
        } else {
            finishFrame(d);
        }
    }

    @Override
    void raise(int d, int value, boolean goexit) {
        int p = serials++;
        if (p == panicValue.length) {
            grow();
        }
        panicValue[p] = value;
        panicGoexit[p] = goexit;
        panicDepth[p] = d;
        panicRecovered[p] = false;
        panicStack[panics++] = p;
        mode[d] = PANICKING;
    }

    private void grow() {
        int n = panicValue.length * 2;
        panicValue = java.util.Arrays.copyOf(panicValue, n);
        panicGoexit = java.util.Arrays.copyOf(panicGoexit, n);
        panicDepth = java.util.Arrays.copyOf(panicDepth, n);
        panicRecovered = java.util.Arrays.copyOf(panicRecovered, n);
    }

    /** Rule 3: the next deferred call of the innermost frame that has one; none left: Goexit ends or crash. */
    private void runNextDefer(int d) {
        int p = panicStack[panics - 1];
        if (defers > 0) {
            defers--;
            int owner = pendingOwner[defers];
            int depth = callDeferred(owner, pendingSite[defers], pendingInstance[defers]);
            if (depth < frames) {
                byPanic[depth] = p;
            }
            return;
        }
        if (panicGoexit[p]) {
            finish(Outcome.Kind.GOEXIT_DEADLOCK, 2);
            return;
        }
        finish(Outcome.Kind.PANIC_CRASH, 2);
        for (int i = 0; i < panics; i++) {
            int q = panicStack[i];
            panicLine(panicValue[q], panicGoexit[q], panicRecovered[q], i == 0, i > 0 && panicGoexit[panicStack[i - 1]]);
        }
        endPanicLines();
    }

    /** Rule 4 (runtime.gorecover's argp check): the caller must be a call the top panic started. */
    @Override
    int recover(int d, int loc) {
        int effective = d;
        if (fn[d] == WRAPPER && wrapped[d] == FastCode.T_RECOVER) {
            effective = deferrer[d];
        }
        int top = seenByRecover();
        if (top < 0 || panicGoexit[top] || panicRecovered[top] || effective < 0 || byPanic[effective] != top) {
            observed.add(Observed.RECOVERED, 0, loc);
            return 0;
        }
        panicRecovered[top] = true;
        observed.add(Observed.RECOVERED, panicValue[top], loc);
        return panicValue[top];
    }

    /** The top panic; before 1.14 the newest that is not a Goexit (GoVersion#goexitHasPanicRecord). */
    private int seenByRecover() {
        for (int i = panics - 1; i >= 0; i--) {
            if (!panicGoexit[panicStack[i]] || version.goexitHasPanicRecord()) {
                return panicStack[i];
            }
        }
        return -1;
    }

    @Override
    void returnedDeferred(int d) {
        int p = byPanic[d];
        if (p >= 0 && panicRecovered[p]) {
            recovery(deferrer[d]);
        }
    }

    /**
     * Rule 5: drop the recovered panic and every panic raised at or below the deferring frame, unless a
     * Goexit among them resumes (GoVersion#recoveryResumesGoexit); otherwise the deferring frame returns.
     */
    private void recovery(int deferrerDepth) {
        int dropped = 0;
        while (panics > 0) {
            int q = panicStack[panics - 1];
            if (panicDepth[q] < deferrerDepth) {
                break;
            }
            if (panicGoexit[q] && version.recoveryResumesGoexit(dropped == 1)) {
                unwindAbove(panicDepth[q]);
                return;
            }
            panics--;
            dropped++;
        }
        unwindAbove(deferrerDepth);
        mode[deferrerDepth] = EXITING;
    }

    private void unwindAbove(int depth) {
        frames = depth + 1;
        while (defers > 0 && pendingOwner[defers - 1] > depth) {
            defers--;
        }
    }
}

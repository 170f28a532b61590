package defercheck.fast;

import defercheck.source.GoVersion;
import java.util.Arrays;

/**
 * semantics/AbstractMachine (docs/semantics.md) on int arrays; its panic machinery is {@link FastPanicMachinery}. Each frame's LIFO
 * list of deferred calls (AbstractFrame.defers) lives on one shared stack: a frame's calls are pushed only while
 * it is on top, and a panic takes calls only from the innermost frame that has any, so the frame owning the top
 * entry is always the one rules 2 and 3 need. Panics are kept by serial so that a deferred call can ask whether
 * the panic that started it is the top one and was recovered, as Invocation.ByPanic does.
 */
final class FastAbstractMachine extends FastMachineBase {
    /** FrameMode */
    static final int RUNNING = 0;
    static final int EXITING = 1;
    static final int PANICKING = 2;
    final GoVersion version;
    private final FastPanicMachinery panicking = new FastPanicMachinery(this);
    final int[] mode = new int[MAX_FRAMES];
    /** For a call started by a panic's walk (Invocation.ByPanic): that panic's serial; else -1. */
    final int[] byPanic = new int[MAX_FRAMES];
    // the frames' defer lists, on one stack: each entry's frame, site and instance
    int[] deferOwner = new int[64];
    int[] deferSite = new int[64];
    int[] deferInstance = new int[64];
    int defers;
    // the panic stack (serials, oldest first) and the PanicRecords by serial
    final int[] panicStack = new int[MAX_FRAMES];
    int panics;
    int[] value = new int[64];
    boolean[] goexit = new boolean[64];
    int[] raisedDepth = new int[64];
    boolean[] recovered = new boolean[64];
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
    void newFrame(int f) {
        mode[f] = RUNNING;
        byPanic[f] = -1;
    }

    @Override
    void step(int top) {
        switch (mode[top]) {
            case RUNNING -> execute(top);
            case EXITING -> exitStep(top);
            case PANICKING -> panicking.runNextDefer(top);
            default -> throw new AssertionError(mode[top]);
        }
    }

    /** Rule 2: pop and run the frame's defers LIFO, then return. */
    private void exitStep(int f) {
        if (hasDefers(f)) {
            defers--;
            callDeferred(f, deferSite[defers], deferInstance[defers]);
        } else {
            finishFrame(f);
        }
    }

    /** Whether frame {@code f}'s list is not empty: its calls, if any, are the top of the stack. */
    boolean hasDefers(int f) {
        return defers > 0 && deferOwner[defers - 1] == f;
    }

    /** Rule 5 starts when a deferred call run by a panic returns with that panic recovered. */
    @Override
    void returnedDeferred(int f) {
        int p = byPanic[f];
        if (p >= 0 && recovered[p]) {
            panicking.recover(deferrer[f]);
        }
    }

    /** Rule 1: the evaluated call goes on top of the frame's list. */
    @Override
    void deferCall(int f, int site, int instance) {
        if (defers == deferOwner.length) {
            int n = 2 * defers;
            deferOwner = Arrays.copyOf(deferOwner, n);
            deferSite = Arrays.copyOf(deferSite, n);
            deferInstance = Arrays.copyOf(deferInstance, n);
        }
        deferOwner[defers] = f;
        deferSite[defers] = site;
        deferInstance[defers] = instance;
        defers++;
    }

    /** Rule 2: the result slots are already assigned; the frame now runs its defers. */
    @Override
    void returnFrom(int f) {
        mode[f] = EXITING;
    }

    @Override
    void raisePanic(int f, int v) {
        panicking.raise(f, v, false);
    }

    @Override
    void goexit(int f) {
        panicking.raise(f, 0, true);
    }

    @Override
    int recover(int f, int loc) {
        return panicking.recoverBuiltin(f, loc);
    }

    /** A new PanicRecord's serial, with room for it. */
    int newPanicSerial() {
        int p = serials++;
        if (p == value.length) {
            int n = value.length * 2;
            value = Arrays.copyOf(value, n);
            goexit = Arrays.copyOf(goexit, n);
            raisedDepth = Arrays.copyOf(raisedDepth, n);
            recovered = Arrays.copyOf(recovered, n);
        }
        return p;
    }

    /** Dropping the frames drops their defer lists too. */
    @Override
    void unwindAbove(int depth) {
        super.unwindAbove(depth);
        while (defers > 0 && deferOwner[defers - 1] > depth) {
            defers--;
        }
    }
}

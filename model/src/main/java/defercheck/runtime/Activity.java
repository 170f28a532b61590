package defercheck.runtime;

/**
 * The runtime routine a frame is inside, if any: the model's stand-in for the runtime frame (deferreturn,
 * gopanic, Goexit) that would sit above it on a real stack. Each is a small state machine that makes at
 * most one Go call per step and is resumed when that call returns, so no Go call uses the Java stack.
 */
sealed interface Activity {

    /** ssagen's openDeferExit: the inline exit code of an open-coded frame, bits high to low. */
    final class OpenDeferExit implements Activity {
        int next;
        /** For the bit-cleared-after-call mutant: the bit to clear once the call returns, else -1. */
        int clearAfterCall = -1;

        OpenDeferExit(int sites) {
            this.next = sites - 1;
        }
    }

    /** runtime.runOpenDeferFrame (1.14–1.21), run by deferreturn, gopanic or Goexit. */
    final class OpenFrameRun {
        final DeferRecord d;
        int next;
        boolean calling;
        /** d._panic when the running call was made (deferCallSave's p). */
        RuntimePanic callPanic;

        OpenFrameRun(DeferRecord d, int sites) {
            this.d = d;
            this.next = sites - 1;
        }
    }

    /** runtime.deferreturn up to 1.21: runs the chain records whose sp is this frame's. */
    final class DeferReturn implements Activity {
        OpenFrameRun open;
    }

    /** runtime.gopanic's loop and, from 1.14, runtime.Goexit's (which has a goexit _panic). */
    final class DeferLoop implements Activity {
        final RuntimePanic p;
        final boolean goexit;
        DeferRecord d;
        Phase phase = Phase.NEXT;
        OpenFrameRun open;

        DeferLoop(RuntimePanic p, boolean goexit) {
            this.p = p;
            this.goexit = goexit;
        }
    }

    enum Phase {
        /** At the top of the loop: look at gp._defer. */
        NEXT,
        /** d.fn was called (reflectcall or deferCallSave) and has not returned yet. */
        CALLED,
        /** Inside runOpenDeferFrame for the synthetic record d. */
        OPEN_FRAME
    }

    /** Go 1.22+: {@code p.start(); for { fn, ok := p.nextDefer(); if !ok { break }; fn() }}. */
    final class PanicLoop implements Activity {
        final RuntimePanic p;

        PanicLoop(RuntimePanic p) {
            this.p = p;
        }
    }
}

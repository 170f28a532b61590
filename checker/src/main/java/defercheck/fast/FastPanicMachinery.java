package defercheck.fast;

import defercheck.semantics.Outcome;

/**
 * semantics/PanicMachinery on the arrays of a {@link FastAbstractMachine}: rules 3 to 8 of the semantics, raising
 * panics and Goexit, the defer walk, recover, recovery and the crash.
 */
final class FastPanicMachinery {
    private final FastAbstractMachine m;

    FastPanicMachinery(FastAbstractMachine m) {
        this.m = m;
    }

    /** panic(v), or runtime.Goexit: like a panic whose record recover() never returns and the crash never prints. */
    void raise(int f, int v, boolean goexit) {
        int p = m.newPanicSerial();
        m.value[p] = v;
        m.goexit[p] = goexit;
        m.raisedDepth[p] = f;
        m.recovered[p] = false;
        m.panicStack[m.panics++] = p;
        m.mode[f] = FastAbstractMachine.PANICKING;
    }

    /** Rule 3: the next deferred call of the innermost frame that has one; none left: Goexit ends or crash. */
    void runNextDefer(int panicking) {
        int p = m.panicStack[m.panics - 1];
        if (m.defers > 0) {
            m.defers--;
            int depth = m.callDeferred(m.deferOwner[m.defers], m.deferSite[m.defers], m.deferInstance[m.defers]);
            if (depth < m.frames) {
                m.byPanic[depth] = p;
            }
            return;
        }
        if (m.goexit[p]) {
            m.finish(Outcome.Kind.GOEXIT_DEADLOCK, 2);
            return;
        }
        crash();
    }

    /** Rule 4 (runtime.gorecover's argp check): the caller must be a call the top panic started. */
    int recoverBuiltin(int caller, int loc) {
        int effective = caller;
        if (m.function[caller] == FastMachineBase.WRAPPER && m.wrapped[caller] == FastCode.T_RECOVER) {
            effective = m.deferrer[caller];
        }
        int top = seenByRecover();
        if (top < 0 || m.goexit[top] || m.recovered[top] || effective < 0 || m.byPanic[effective] != top) {
            m.observed.add(Observed.RECOVERED, 0, loc);
            return 0;
        }
        m.recovered[top] = true;
        m.observed.add(Observed.RECOVERED, m.value[top], loc);
        return m.value[top];
    }

    /** The top panic; before 1.14 the newest that is not a Goexit (GoVersion#goexitHasPanicRecord). */
    private int seenByRecover() {
        for (int i = m.panics - 1; i >= 0; i--) {
            if (!m.goexit[m.panicStack[i]] || m.version.goexitHasPanicRecord()) {
                return m.panicStack[i];
            }
        }
        return -1;
    }

    /**
     * Rule 5: drop the recovered panic and every panic raised at or below the deferring frame, unless a
     * Goexit among them resumes (GoVersion#recoveryResumesGoexit); otherwise the deferring frame returns.
     */
    void recover(int deferrer) {
        int dropped = 0;
        while (m.panics > 0) {
            int q = m.panicStack[m.panics - 1];
            if (m.raisedDepth[q] < deferrer) {
                break;
            }
            if (m.goexit[q] && m.version.recoveryResumesGoexit(dropped == 1)) {
                m.unwindAbove(m.raisedDepth[q]);
                return;
            }
            m.panics--;
            dropped++;
        }
        m.unwindAbove(deferrer);
        m.mode[deferrer] = FastAbstractMachine.EXITING;
    }

    /** Rule 7: no deferred calls remain; the panic stack is printed oldest first and the program exits 2. */
    private void crash() {
        m.finish(Outcome.Kind.PANIC_CRASH, 2);
        for (int i = 0; i < m.panics; i++) {
            int q = m.panicStack[i];
            m.panicLine(m.value[q], m.goexit[q], m.recovered[q], i == 0, i > 0 && m.goexit[m.panicStack[i - 1]]);
        }
        m.endPanicLines();
    }
}

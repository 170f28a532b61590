package defercheck.runtime;

/**
 * ssagen's openDeferExit, run at every return of an open-coded function: for i from the highest site
 * down, if bit i is set, clear it and store deferBits to memory, then call slot i. Clearing before the
 * call is what keeps a panicking deferred call from being run again by the panic.
 */
final class OpenDeferExitCode {
    private final RuntimeMachine m;

    OpenDeferExitCode(RuntimeMachine m) {
        this.m = m;
    }

    void step(GoFrame gf, Activity.OpenDeferExit x) {
        if (x.clearAfterCall >= 0) {
            gf.deferBits &= ~(1 << x.clearAfterCall);
            x.clearAfterCall = -1;
        }
        while (x.next >= 0 && (gf.deferBits & (1 << x.next)) == 0) {
            x.next--;
        }
        if (x.next < 0) {
            gf.activity = null;
            m.finishFrame(gf);
            return;
        }
        int i = x.next--;
        if (m.config.has(Flaw.BIT_CLEARED_AFTER_CALL)) {
            x.clearAfterCall = i;
            m.action("openDeferExit", () -> gf.name() + ": bit " + i + " set; call slot " + i
                    + " (bit cleared only after the call: mutant)");
        } else {
            gf.deferBits &= ~(1 << i);
            m.action("openDeferExit", () -> gf.name() + ": deferBits &^= 1<<" + i + " (now " + gf.bitsText()
                    + "), then call slot " + i);
        }
        m.callDeferred(gf.slots[i], gf, "return of " + gf.name() + ", open-coded");
    }
}

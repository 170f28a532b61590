package defercheck.fast;

/**
 * runtime/OpenDeferExitCode on a {@link FastRuntimeMachine}'s arrays: ssagen's openDeferExit, bits high to low,
 * each cleared before its call.
 */
final class FastOpenDeferExitCode {
    private final FastRuntimeMachine m;

    FastOpenDeferExitCode(FastRuntimeMachine m) {
        this.m = m;
    }

    void step(int f) {
        while (m.exitNext[f] >= 0 && (m.deferBits[f] & (1 << m.exitNext[f])) == 0) {
            m.exitNext[f]--;
        }
        if (m.exitNext[f] < 0) {
            m.activity[f] = FastRuntimeMachine.NONE;
            m.finishFrame(f);
            return;
        }
        int i = m.exitNext[f]--;
        m.deferBits[f] &= ~(1 << i);
        m.callSlot(f, i);
    }
}

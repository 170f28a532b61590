package defercheck.runtime;

/**
 * Stack pointers of the model: frame depth d lives at {@code HI - d * FRAME}, so (as on every Go platform)
 * inner frames have smaller sp. The chain order of 1.14–1.21 ("sorted by sp") uses these values.
 */
final class Sp {
    static final long HI = 0xc000080000L;
    static final long FRAME = 0x100L;

    private Sp() {
    }

    static long of(int depth) {
        return HI - depth * FRAME;
    }

    static int depth(long sp) {
        return (int) ((HI - sp) / FRAME);
    }

    static String hex(long sp) {
        return sp == 0 ? "0" : "0x" + Long.toHexString(sp);
    }
}

package defercheck.lib.sort;

/**
 * sort's rotate(data, a, m, b): exchanges the blocks data[a:m] and data[m:b] by swapRange calls (element by
 * element swaps of equal-length runs). {@code from}, {@code to}, {@code count}, {@code t} are the running
 * swapRange; {@code post} says what follows it: shrink i, shrink j, or return.
 */
record RotateFrame(int m, int i, int j, int from, int to, int count, int t, int post) implements Frame {

    private static final int SHRINK_I = 0;
    private static final int SHRINK_J = 1;
    private static final int FINISH = 2;

    static RotateFrame of(int a, int m, int b) {
        return new RotateFrame(m, m - a, b - m, 0, 0, 0, 0, SHRINK_I).nextRange();
    }

    /** The swapRange that the loop of rotate starts next for the current i and j. */
    private RotateFrame nextRange() {
        if (i == j) {
            return new RotateFrame(m, i, j, m - i, m, i, 0, FINISH);
        }
        if (i > j) {
            return new RotateFrame(m, i, j, m - i, m, j, 0, SHRINK_I);
        }
        return new RotateFrame(m, i, j, m - i, m + j - i, i, 0, SHRINK_J);
    }

    @Override
    public Effect step(Resumed in) {
        RotateFrame f = this;
        while (f.t >= f.count) {
            if (f.post == FINISH) {
                return Effect.done();
            }
            f = f.post == SHRINK_I ? new RotateFrame(m, f.i - f.j, f.j, 0, 0, 0, 0, 0).nextRange()
                    : new RotateFrame(m, f.i, f.j - f.i, 0, 0, 0, 0, 0).nextRange();
        }
        return Effect.swap(f.from + f.t, f.to + f.t,
                new RotateFrame(m, f.i, f.j, f.from, f.to, f.count, f.t + 1, f.post));
    }
}

package defercheck.lib.sort;

/** sort.IsSorted after Len: {@code Less(i, i-1)} from the last element down; the first true answer ends it. */
record IsSortedFrame(int i, boolean asked) implements Frame {

    static IsSortedFrame of(int n) {
        return new IsSortedFrame(n - 1, false);
    }

    @Override
    public Effect step(Resumed in) {
        int i = this.i;
        if (asked) {
            if (in.less()) {
                return Effect.ret(0, false);
            }
            i--;
        }
        if (i > 0) {
            return Effect.less(i, i - 1, new IsSortedFrame(i, true));
        }
        return Effect.ret(0, true);
    }
}

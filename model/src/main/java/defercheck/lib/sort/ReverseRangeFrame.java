package defercheck.lib.sort;

/** sort's reverseRange(data, a, b): swaps data[a:b] end for end. */
record ReverseRangeFrame(int i, int j) implements Frame {

    static ReverseRangeFrame of(int a, int b) {
        return new ReverseRangeFrame(a, b - 1);
    }

    @Override
    public Effect step(Resumed in) {
        if (i < j) {
            return Effect.swap(i, j, new ReverseRangeFrame(i + 1, j - 1));
        }
        return Effect.done();
    }
}

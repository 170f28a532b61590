package defercheck.lib.sort;

/**
 * sort's choosePivot(data, a, b): the median of the elements at a quarter, half and three quarters of the
 * range (for 50 or more elements each replaced by the median of it and its neighbours first); returns the
 * pivot and a hint (the flag): increasing when no median step exchanged anything, decreasing when all 12 did.
 * {@code stage} is the median call whose result the frame resumes with (0 at the start).
 */
record ChoosePivotFrame(int length, int i, int j, int k, int swaps, int stage) implements Frame {

    private static final int SHORTEST_NINTHER = 50;
    private static final int MAX_SWAPS = 4 * 3;

    static ChoosePivotFrame of(int a, int b) {
        int l = b - a;
        return new ChoosePivotFrame(l, a + l / 4, a + l / 4 * 2, a + l / 4 * 3, 0, 0);
    }

    @Override
    public Effect step(Resumed in) {
        int i = this.i;
        int j = this.j;
        int k = this.k;
        int swaps = this.swaps + in.flag();
        switch (stage) {
            case 1 -> i = in.value();
            case 2 -> j = in.value();
            case 3 -> k = in.value();
            case 4 -> j = in.value();
            default -> {
            }
        }
        int next = stage;
        if (next == 0 && length < SHORTEST_NINTHER) {
            next = 3;
        }
        if (next == 3 && length < 8) {
            next = 4;
        }
        ChoosePivotFrame resume = new ChoosePivotFrame(length, i, j, k, swaps, next + 1);
        return switch (next) {
            case 0 -> Effect.call(resume, MedianFrame.of(i - 1, i, i + 1));
            case 1 -> Effect.call(resume, MedianFrame.of(j - 1, j, j + 1));
            case 2 -> Effect.call(resume, MedianFrame.of(k - 1, k, k + 1));
            case 3 -> Effect.call(resume, MedianFrame.of(i, j, k));
            default -> new Effect.Return(j, swaps == 0 ? PdqsortFrame.INCREASING_HINT
                    : swaps == MAX_SWAPS ? PdqsortFrame.DECREASING_HINT : PdqsortFrame.UNKNOWN_HINT);
        };
    }
}

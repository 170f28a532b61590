package defercheck.lib.sort;

/**
 * sort's insertionSort(data, a, b): each element from a+1 on moves left by adjacent swaps while
 * {@code Less(j, j-1)}.
 */
record InsertionSortFrame(int a, int b, int i, int j, int pc) implements Frame {

    private static final int NEXT_I = 0;
    private static final int TEST = 1;
    private static final int AFTER_LESS = 2;
    private static final int AFTER_SWAP = 3;

    static InsertionSortFrame of(int a, int b) {
        return new InsertionSortFrame(a, b, a + 1, a + 1, NEXT_I);
    }

    @Override
    public Effect step(Resumed in) {
        return Transitions.run(this, in, InsertionSortFrame::transition);
    }

    private Object transition(Resumed in) {
        return switch (pc) {
            case NEXT_I -> i >= b ? Effect.done() : at(i, i, TEST);
            case TEST -> j > a ? Effect.less(j, j - 1, at(i, j, AFTER_LESS)) : at(i + 1, j, NEXT_I);
            case AFTER_LESS -> in.less() ? Effect.swap(j, j - 1, at(i, j, AFTER_SWAP)) : at(i + 1, j, NEXT_I);
            default -> at(i, j - 1, TEST);
        };
    }

    private InsertionSortFrame at(int i, int j, int pc) {
        return new InsertionSortFrame(a, b, i, j, pc);
    }
}

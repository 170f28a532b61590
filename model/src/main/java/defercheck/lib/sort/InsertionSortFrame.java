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
        int i = this.i;
        int j = this.j;
        int pc = this.pc;
        while (true) {
            switch (pc) {
                case NEXT_I -> {
                    if (i >= b) {
                        return Effect.done();
                    }
                    j = i;
                    pc = TEST;
                }
                case TEST -> {
                    if (j > a) {
                        return Effect.less(j, j - 1, new InsertionSortFrame(a, b, i, j, AFTER_LESS));
                    }
                    i++;
                    pc = NEXT_I;
                }
                case AFTER_LESS -> {
                    if (in.less()) {
                        return Effect.swap(j, j - 1, new InsertionSortFrame(a, b, i, j, AFTER_SWAP));
                    }
                    i++;
                    pc = NEXT_I;
                }
                default -> {
                    j--;
                    pc = TEST;
                }
            }
        }
    }
}

package defercheck.lib.sort;

/**
 * sort's stable(data, n): insertion sort on blocks of 20 elements, then rounds of SymMerge on neighbouring
 * blocks of doubling size.
 */
record StableFrame(int n, int blockSize, int a, int b, int pc) implements Frame {

    private static final int BLOCK_SIZE = 20;

    private static final int BLOCKS = 0;
    private static final int ROUND = 1;
    private static final int MERGES = 2;
    private static final int AFTER_TAIL = 3;

    static StableFrame of(int n) {
        return new StableFrame(n, BLOCK_SIZE, 0, BLOCK_SIZE, BLOCKS);
    }

    @Override
    public Effect step(Resumed in) {
        switch (pc) {
            case BLOCKS -> {
                if (b <= n) {
                    return Effect.call(at(b, b + blockSize, BLOCKS), InsertionSortFrame.of(a, b));
                }
                return Effect.call(at(a, b, ROUND), InsertionSortFrame.of(a, n));
            }
            case ROUND -> {
                if (blockSize < n) {
                    return at(0, 2 * blockSize, MERGES).step(in);
                }
                return Effect.done();
            }
            case MERGES -> {
                if (b <= n) {
                    return Effect.call(at(b, b + 2 * blockSize, MERGES), SymMergeFrame.of(a, a + blockSize, b));
                }
                int m = a + blockSize;
                if (m < n) {
                    return Effect.call(at(a, b, AFTER_TAIL), SymMergeFrame.of(a, m, n));
                }
                return at(a, b, AFTER_TAIL).step(in);
            }
            default -> {
                return new StableFrame(n, blockSize * 2, a, b, ROUND).step(in);
            }
        }
    }

    private StableFrame at(int a, int b, int pc) {
        return new StableFrame(n, blockSize, a, b, pc);
    }
}

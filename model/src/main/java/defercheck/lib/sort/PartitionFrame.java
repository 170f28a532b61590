package defercheck.lib.sort;

/**
 * sort's partition(data, a, b, pivot): moves the pivot to a, then swaps elements less than it to the left
 * and the others to the right; returns the pivot's final index and whether the first scan found the range
 * already partitioned (no swap needed). {@code looping} is false during that first scan.
 */
record PartitionFrame(int a, int b, int pivot, int i, int j, boolean looping, int pc) implements Frame {

    private static final int START = 0;
    private static final int SCAN_LEFT = 1;
    private static final int AFTER_LEFT_LESS = 2;
    private static final int SCAN_RIGHT = 3;
    private static final int AFTER_RIGHT_LESS = 4;
    private static final int AFTER_PAIR_SWAP = 5;
    private static final int AFTER_FINAL_SWAP = 6;

    static PartitionFrame of(int a, int b, int pivot) {
        return new PartitionFrame(a, b, pivot, a + 1, b - 1, false, START);
    }

    @Override
    public Effect step(Resumed in) {
        int i = this.i;
        int j = this.j;
        int pc = this.pc;
        while (true) {
            switch (pc) {
                case START -> {
                    return Effect.swap(a, pivot, at(i, j, SCAN_LEFT));
                }
                case SCAN_LEFT -> {
                    if (i <= j) {
                        return Effect.less(i, a, at(i, j, AFTER_LEFT_LESS));
                    }
                    pc = SCAN_RIGHT;
                }
                case AFTER_LEFT_LESS -> {
                    if (in.less()) {
                        i++;
                        pc = SCAN_LEFT;
                    } else {
                        pc = SCAN_RIGHT;
                    }
                }
                case SCAN_RIGHT -> {
                    if (i <= j) {
                        return Effect.less(j, a, at(i, j, AFTER_RIGHT_LESS));
                    }
                    return i > j ? Effect.swap(j, a, at(i, j, AFTER_FINAL_SWAP)) : Effect.swap(i, j, at(i, j, AFTER_PAIR_SWAP));
                }
                case AFTER_RIGHT_LESS -> {
                    if (!in.less()) {
                        j--;
                        pc = SCAN_RIGHT;
                    } else {
                        return i > j ? Effect.swap(j, a, at(i, j, AFTER_FINAL_SWAP)) : Effect.swap(i, j, at(i, j, AFTER_PAIR_SWAP));
                    }
                }
                case AFTER_PAIR_SWAP -> {
                    return new PartitionFrame(a, b, pivot, i + 1, j - 1, true, SCAN_LEFT).step(Resumed.NOTHING);
                }
                default -> {
                    return Effect.ret(j, !looping);
                }
            }
        }
    }

    private PartitionFrame at(int i, int j, int pc) {
        return new PartitionFrame(a, b, pivot, i, j, looping, pc);
    }
}

package defercheck.lib.sort;

/**
 * sort's partitionEqual(data, a, b, pivot): with the pivot moved to a, gathers the elements not greater than
 * it on the left; returns the index of the first greater one.
 */
record PartitionEqualFrame(int a, int b, int pivot, int i, int j, int pc) implements Frame {

    private static final int START = 0;
    private static final int SCAN_LEFT = 1;
    private static final int AFTER_LEFT_LESS = 2;
    private static final int SCAN_RIGHT = 3;
    private static final int AFTER_RIGHT_LESS = 4;
    private static final int AFTER_SWAP = 5;

    static PartitionEqualFrame of(int a, int b, int pivot) {
        return new PartitionEqualFrame(a, b, pivot, a + 1, b - 1, START);
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
                        return Effect.less(a, i, at(i, j, AFTER_LEFT_LESS));
                    }
                    pc = SCAN_RIGHT;
                }
                case AFTER_LEFT_LESS -> {
                    if (!in.less()) {
                        i++;
                        pc = SCAN_LEFT;
                    } else {
                        pc = SCAN_RIGHT;
                    }
                }
                case SCAN_RIGHT -> {
                    if (i <= j) {
                        return Effect.less(a, j, at(i, j, AFTER_RIGHT_LESS));
                    }
                    return i > j ? Effect.ret(i, false) : Effect.swap(i, j, at(i, j, AFTER_SWAP));
                }
                case AFTER_RIGHT_LESS -> {
                    if (in.less()) {
                        j--;
                        pc = SCAN_RIGHT;
                    } else {
                        return i > j ? Effect.ret(i, false) : Effect.swap(i, j, at(i, j, AFTER_SWAP));
                    }
                }
                default -> {
                    i++;
                    j--;
                    pc = SCAN_LEFT;
                }
            }
        }
    }

    private PartitionEqualFrame at(int i, int j, int pc) {
        return new PartitionEqualFrame(a, b, pivot, i, j, pc);
    }
}

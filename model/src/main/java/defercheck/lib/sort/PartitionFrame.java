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
        return Transitions.run(this, in, PartitionFrame::transition);
    }

    private Object transition(Resumed in) {
        return switch (pc) {
            case START -> Effect.swap(a, pivot, at(i, j, SCAN_LEFT));
            case SCAN_LEFT -> i <= j ? Effect.less(i, a, at(i, j, AFTER_LEFT_LESS)) : at(i, j, SCAN_RIGHT);
            case AFTER_LEFT_LESS -> in.less() ? at(i + 1, j, SCAN_LEFT) : at(i, j, SCAN_RIGHT);
            case SCAN_RIGHT -> i <= j ? Effect.less(j, a, at(i, j, AFTER_RIGHT_LESS)) : scanned();
            case AFTER_RIGHT_LESS -> !in.less() ? at(i, j - 1, SCAN_RIGHT) : scanned();
            case AFTER_PAIR_SWAP -> new PartitionFrame(a, b, pivot, i + 1, j - 1, true, SCAN_LEFT);
            default -> Effect.ret(j, !looping);
        };
    }

    /** Both scans stopped: the pivot goes to j when they crossed, else the pair (i, j) is exchanged. */
    private Effect scanned() {
        return i > j ? Effect.swap(j, a, at(i, j, AFTER_FINAL_SWAP)) : Effect.swap(i, j, at(i, j, AFTER_PAIR_SWAP));
    }

    private PartitionFrame at(int i, int j, int pc) {
        return new PartitionFrame(a, b, pivot, i, j, looping, pc);
    }
}

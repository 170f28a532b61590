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
        return Transitions.run(this, in, PartitionEqualFrame::transition);
    }

    private Object transition(Resumed in) {
        return switch (pc) {
            case START -> Effect.swap(a, pivot, at(i, j, SCAN_LEFT));
            case SCAN_LEFT -> i <= j ? Effect.less(a, i, at(i, j, AFTER_LEFT_LESS)) : at(i, j, SCAN_RIGHT);
            case AFTER_LEFT_LESS -> !in.less() ? at(i + 1, j, SCAN_LEFT) : at(i, j, SCAN_RIGHT);
            case SCAN_RIGHT -> i <= j ? Effect.less(a, j, at(i, j, AFTER_RIGHT_LESS)) : scanned();
            case AFTER_RIGHT_LESS -> in.less() ? at(i, j - 1, SCAN_RIGHT) : scanned();
            default -> at(i + 1, j - 1, SCAN_LEFT);
        };
    }

    private Effect scanned() {
        return i > j ? Effect.ret(i, false) : Effect.swap(i, j, at(i, j, AFTER_SWAP));
    }

    private PartitionEqualFrame at(int i, int j, int pc) {
        return new PartitionEqualFrame(a, b, pivot, i, j, pc);
    }
}

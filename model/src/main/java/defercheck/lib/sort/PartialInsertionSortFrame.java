package defercheck.lib.sort;

/**
 * sort's partialInsertionSort(data, a, b): finds up to 5 adjacent out-of-order pairs and shifts each into
 * place (only when the range has at least 50 elements); returns whether the range ends up sorted. Like Go,
 * the leftward shift runs down to index 1, not to a. {@code round} is the outer counter, {@code k} the
 * shifting index.
 */
record PartialInsertionSortFrame(int a, int b, int i, int round, int k, int pc) implements Frame {

    private static final int MAX_STEPS = 5;
    private static final int SHORTEST_SHIFTING = 50;

    private static final int ROUND = 0;
    private static final int SCAN = 1;
    private static final int AFTER_SCAN_LESS = 2;
    private static final int AFTER_PAIR_SWAP = 3;
    private static final int SHIFT_LEFT = 4;
    private static final int AFTER_LEFT_LESS = 5;
    private static final int AFTER_LEFT_SWAP = 6;
    private static final int SHIFT_RIGHT_START = 7;
    private static final int SHIFT_RIGHT = 8;
    private static final int AFTER_RIGHT_LESS = 9;
    private static final int AFTER_RIGHT_SWAP = 10;

    static PartialInsertionSortFrame of(int a, int b) {
        return new PartialInsertionSortFrame(a, b, a + 1, 0, 0, ROUND);
    }

    @Override
    public Effect step(Resumed in) {
        return Transitions.run(this, in, PartialInsertionSortFrame::run);
    }

    /** One transition: an effect, or the frame to continue with. */
    private Object run(Resumed in) {
        return switch (pc) {
            case ROUND -> round >= MAX_STEPS ? Effect.ret(0, false) : at(i, round, k, SCAN);
            case SCAN -> i < b ? Effect.less(i, i - 1, at(i, round, k, AFTER_SCAN_LESS)) : scanned();
            case AFTER_SCAN_LESS -> in.less() ? scanned() : at(i + 1, round, k, SCAN);
            case AFTER_PAIR_SWAP -> i - a >= 2 ? at(i, round, i - 1, SHIFT_LEFT) : at(i, round, k, SHIFT_RIGHT_START);
            case SHIFT_LEFT -> k >= 1 ? Effect.less(k, k - 1, at(i, round, k, AFTER_LEFT_LESS))
                    : at(i, round, k, SHIFT_RIGHT_START);
            case AFTER_LEFT_LESS -> in.less() ? Effect.swap(k, k - 1, at(i, round, k, AFTER_LEFT_SWAP))
                    : at(i, round, k, SHIFT_RIGHT_START);
            case AFTER_LEFT_SWAP -> at(i, round, k - 1, SHIFT_LEFT);
            case SHIFT_RIGHT_START -> b - i >= 2 ? at(i, round, i + 1, SHIFT_RIGHT) : at(i, round + 1, k, ROUND);
            case SHIFT_RIGHT -> k < b ? Effect.less(k, k - 1, at(i, round, k, AFTER_RIGHT_LESS))
                    : at(i, round + 1, k, ROUND);
            case AFTER_RIGHT_LESS -> in.less() ? Effect.swap(k, k - 1, at(i, round, k, AFTER_RIGHT_SWAP))
                    : at(i, round + 1, k, ROUND);
            default -> at(i, round, k + 1, SHIFT_RIGHT);
        };
    }

    /** The scan stopped at i: sorted if it reached b, else the pair (i-1, i) is swapped when shifting is allowed. */
    private Object scanned() {
        if (i == b) {
            return Effect.ret(0, true);
        }
        if (b - a < SHORTEST_SHIFTING) {
            return Effect.ret(0, false);
        }
        return Effect.swap(i, i - 1, at(i, round, k, AFTER_PAIR_SWAP));
    }

    private PartialInsertionSortFrame at(int i, int round, int k, int pc) {
        return new PartialInsertionSortFrame(a, b, i, round, k, pc);
    }
}

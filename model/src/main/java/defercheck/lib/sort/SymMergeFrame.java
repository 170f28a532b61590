package defercheck.lib.sort;

/**
 * sort's symMerge(data, a, m, b), the SymMerge algorithm of Kim and Kutzner: merges the sorted runs data[a:m]
 * and data[m:b] in place. A run of one element is inserted by binary search and adjacent swaps; otherwise a
 * binary search finds the split, the middle is rotated and both halves are merged by nested calls.
 * {@code lo}/{@code hi} are the binary search bounds, {@code k} the swap index.
 */
record SymMergeFrame(int a, int m, int b, int lo, int hi, int k, int pc) implements Frame {

    private static final int START = 0;
    private static final int SEARCH_LEFT_ONE = 1;
    private static final int AFTER_LEFT_ONE_LESS = 2;
    private static final int SHIFT_LEFT_ONE = 3;
    private static final int SEARCH_RIGHT_ONE = 4;
    private static final int AFTER_RIGHT_ONE_LESS = 5;
    private static final int SHIFT_RIGHT_ONE = 6;
    private static final int SEARCH_SPLIT = 7;
    private static final int AFTER_SPLIT_LESS = 8;
    private static final int AFTER_ROTATE = 9;
    private static final int AFTER_LEFT_MERGE = 10;
    private static final int RETURN = 11;

    static SymMergeFrame of(int a, int m, int b) {
        return new SymMergeFrame(a, m, b, 0, 0, 0, START);
    }

    @Override
    public Effect step(Resumed in) {
        return Transitions.run(this, in, SymMergeFrame::run);
    }

    private Object run(Resumed in) {
        int h = (lo + hi) >>> 1;
        return switch (pc) {
            case START -> start();
            case SEARCH_LEFT_ONE -> lo < hi ? Effect.less(h, a, at(lo, hi, k, AFTER_LEFT_ONE_LESS))
                    : at(lo, hi, a, SHIFT_LEFT_ONE);
            case AFTER_LEFT_ONE_LESS -> in.less() ? at(h + 1, hi, k, SEARCH_LEFT_ONE) : at(lo, h, k, SEARCH_LEFT_ONE);
            case SHIFT_LEFT_ONE -> k < lo - 1 ? Effect.swap(k, k + 1, at(lo, hi, k + 1, SHIFT_LEFT_ONE)) : Effect.done();
            case SEARCH_RIGHT_ONE -> lo < hi ? Effect.less(m, h, at(lo, hi, k, AFTER_RIGHT_ONE_LESS))
                    : at(lo, hi, m, SHIFT_RIGHT_ONE);
            case AFTER_RIGHT_ONE_LESS -> !in.less() ? at(h + 1, hi, k, SEARCH_RIGHT_ONE) : at(lo, h, k, SEARCH_RIGHT_ONE);
            case SHIFT_RIGHT_ONE -> k > lo ? Effect.swap(k, k - 1, at(lo, hi, k - 1, SHIFT_RIGHT_ONE)) : Effect.done();
            case SEARCH_SPLIT -> lo < hi ? Effect.less(n() - 1 - h, h, at(lo, hi, k, AFTER_SPLIT_LESS)) : split();
            case AFTER_SPLIT_LESS -> !in.less() ? at(h + 1, hi, k, SEARCH_SPLIT) : at(lo, h, k, SEARCH_SPLIT);
            case AFTER_ROTATE -> leftMerge();
            case AFTER_LEFT_MERGE -> rightMerge();
            default -> Effect.done();
        };
    }

    private Object start() {
        if (m - a == 1) {
            return at(m, b, 0, SEARCH_LEFT_ONE);
        }
        if (b - m == 1) {
            return at(a, m, 0, SEARCH_RIGHT_ONE);
        }
        return m > mid() ? at(n() - b, mid(), 0, SEARCH_SPLIT) : at(a, m, 0, SEARCH_SPLIT);
    }

    /** The search ended with start = lo; rotate data[start:m] and data[m:end] if both are non-empty. */
    private Object split() {
        int start = lo;
        int end = n() - start;
        SymMergeFrame resume = at(start, end, 0, AFTER_ROTATE);
        if (start < m && m < end) {
            return Effect.call(resume, RotateFrame.of(start, m, end));
        }
        return resume;
    }

    private Object leftMerge() {
        int start = lo;
        if (a < start && start < mid()) {
            return Effect.call(at(lo, hi, 0, AFTER_LEFT_MERGE), SymMergeFrame.of(a, start, mid()));
        }
        return at(lo, hi, 0, AFTER_LEFT_MERGE);
    }

    private Object rightMerge() {
        int end = hi;
        if (mid() < end && end < b) {
            return Effect.call(at(lo, hi, 0, RETURN), SymMergeFrame.of(mid(), end, b));
        }
        return Effect.done();
    }

    private int mid() {
        return (a + b) >>> 1;
    }

    private int n() {
        return mid() + m;
    }

    private SymMergeFrame at(int lo, int hi, int k, int pc) {
        return new SymMergeFrame(a, m, b, lo, hi, k, pc);
    }
}

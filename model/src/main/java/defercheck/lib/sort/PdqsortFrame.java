package defercheck.lib.sort;

/**
 * sort's pdqsort(data, a, b, limit), pattern-defeating quicksort: insertion sort for at most 12 elements,
 * heapsort once {@code limit} bad pivots were taken, else a pivot choice, an optional partial insertion sort,
 * and a partition whose smaller side is sorted by a nested call while the loop goes on with the larger.
 */
record PdqsortFrame(int a, int b, int limit, boolean wasBalanced, boolean wasPartitioned, int length, int pivot,
        int hint, int pc) implements Frame {

    static final int MAX_INSERTION = 12;
    static final int UNKNOWN_HINT = 0;
    static final int INCREASING_HINT = 1;
    static final int DECREASING_HINT = 2;

    private static final int LOOP = 0;
    private static final int AFTER_BREAK = 1;
    private static final int AFTER_PIVOT = 2;
    private static final int AFTER_REVERSE = 3;
    private static final int AFTER_PARTIAL = 4;
    private static final int AFTER_EQUAL_LESS = 5;
    private static final int AFTER_PARTITION_EQUAL = 6;
    private static final int AFTER_PARTITION = 7;
    private static final int RETURN = 8;

    static PdqsortFrame of(int a, int b, int limit) {
        return new PdqsortFrame(a, b, limit, true, true, 0, 0, UNKNOWN_HINT, LOOP);
    }

    @Override
    public Effect step(Resumed in) {
        return switch (pc) {
            case LOOP -> loop();
            case AFTER_BREAK -> Effect.call(at(AFTER_PIVOT), ChoosePivotFrame.of(a, b));
            case AFTER_PIVOT -> afterPivot(in.value(), in.flag());
            case AFTER_REVERSE -> afterReverse();
            case AFTER_PARTIAL -> in.flag() == 1 ? Effect.done() : checkEqual();
            case AFTER_EQUAL_LESS -> in.less() ? partition()
                    : Effect.call(at(AFTER_PARTITION_EQUAL), PartitionEqualFrame.of(a, b, pivot));
            case AFTER_PARTITION_EQUAL -> withBounds(in.value(), b).loop();
            case AFTER_PARTITION -> afterPartition(in.value(), in.flag() == 1);
            default -> Effect.done();
        };
    }

    private Effect loop() {
        int length = b - a;
        if (length <= MAX_INSERTION) {
            return Effect.call(at(RETURN), InsertionSortFrame.of(a, b));
        }
        if (limit == 0) {
            return Effect.call(at(RETURN), HeapSortFrame.of(a, b));
        }
        PdqsortFrame f = new PdqsortFrame(a, b, limit, wasBalanced, wasPartitioned, length, pivot, hint, pc);
        if (!wasBalanced) {
            PdqsortFrame resume = new PdqsortFrame(a, b, limit - 1, wasBalanced, wasPartitioned, length, pivot, hint,
                    AFTER_BREAK);
            return Effect.call(resume, BreakPatternsFrame.of(a, b));
        }
        return Effect.call(f.at(AFTER_PIVOT), ChoosePivotFrame.of(a, b));
    }

    private Effect afterPivot(int pivot, int hint) {
        if (hint == DECREASING_HINT) {
            PdqsortFrame resume = new PdqsortFrame(a, b, limit, wasBalanced, wasPartitioned, length,
                    (b - 1) - (pivot - a), INCREASING_HINT, AFTER_REVERSE);
            return Effect.call(resume, ReverseRangeFrame.of(a, b));
        }
        return new PdqsortFrame(a, b, limit, wasBalanced, wasPartitioned, length, pivot, hint, AFTER_REVERSE)
                .afterReverse();
    }

    private Effect afterReverse() {
        if (wasBalanced && wasPartitioned && hint == INCREASING_HINT) {
            return Effect.call(at(AFTER_PARTIAL), PartialInsertionSortFrame.of(a, b));
        }
        return checkEqual();
    }

    /** A pivot not greater than the element before the range: everything equal to it can stay left. */
    private Effect checkEqual() {
        if (a > 0) {
            return Effect.less(a - 1, pivot, at(AFTER_EQUAL_LESS));
        }
        return partition();
    }

    private Effect partition() {
        return Effect.call(at(AFTER_PARTITION), PartitionFrame.of(a, b, pivot));
    }

    private Effect afterPartition(int mid, boolean alreadyPartitioned) {
        int leftLen = mid - a;
        int rightLen = b - mid;
        int balanceThreshold = length / 8;
        if (leftLen < rightLen) {
            PdqsortFrame resume = new PdqsortFrame(mid + 1, b, limit, leftLen >= balanceThreshold,
                    alreadyPartitioned, length, pivot, hint, LOOP);
            return Effect.call(resume, PdqsortFrame.of(a, mid, limit));
        }
        PdqsortFrame resume = new PdqsortFrame(a, mid, limit, rightLen >= balanceThreshold, alreadyPartitioned,
                length, pivot, hint, LOOP);
        return Effect.call(resume, PdqsortFrame.of(mid + 1, b, limit));
    }

    private PdqsortFrame withBounds(int a, int b) {
        return new PdqsortFrame(a, b, limit, wasBalanced, wasPartitioned, length, pivot, hint, LOOP);
    }

    private PdqsortFrame at(int pc) {
        return new PdqsortFrame(a, b, limit, wasBalanced, wasPartitioned, length, pivot, hint, pc);
    }
}

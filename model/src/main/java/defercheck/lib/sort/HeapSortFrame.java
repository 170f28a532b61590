package defercheck.lib.sort;

/**
 * sort's heapSort(data, a, b) with its siftDown inlined: first a heap is built by sifting down from the middle,
 * then the maximum is swapped to the end and the root sifted down, {@code i} counting down in both phases.
 * {@code root}, {@code child} and {@code siftHi} are siftDown's locals.
 */
record HeapSortFrame(int first, int hi, int i, boolean extracting, int root, int child, int siftHi, int pc)
        implements Frame {

    private static final int NEXT_I = 0;
    private static final int SIFT = 1;
    private static final int AFTER_CHILD_LESS = 2;
    private static final int AFTER_ROOT_LESS = 3;
    private static final int AFTER_SIFT_SWAP = 4;
    private static final int AFTER_EXTRACT_SWAP = 5;

    static HeapSortFrame of(int a, int b) {
        return new HeapSortFrame(a, b - a, (b - a - 1) / 2, false, 0, 0, 0, NEXT_I);
    }

    @Override
    public Effect step(Resumed in) {
        return Transitions.run(this, in, HeapSortFrame::transition);
    }

    private Object transition(Resumed in) {
        return switch (pc) {
            case NEXT_I -> nextI();
            case AFTER_EXTRACT_SWAP -> at(i, true, 0, 0, i, SIFT);
            case SIFT -> sift();
            case AFTER_CHILD_LESS -> compareRoot(in.less() ? child + 1 : child);
            case AFTER_ROOT_LESS -> in.less()
                    ? Effect.swap(first + root, first + child, with(root, child, AFTER_SIFT_SWAP)) : siftDone();
            default -> with(child, 0, SIFT);
        };
    }

    /** The next i of the current phase: sift it down (building), or swap the root out first (extracting). */
    private Object nextI() {
        if (i >= 0) {
            return extracting ? Effect.swap(first, first + i, with(root, child, AFTER_EXTRACT_SWAP))
                    : at(i, false, i, 0, hi, SIFT);
        }
        return extracting ? Effect.done() : at(hi - 1, true, 0, 0, 0, NEXT_I);
    }

    /** One level of siftDown: stop at a leaf, else pick the larger child and compare the root with it. */
    private Object sift() {
        int c = 2 * root + 1;
        if (c >= siftHi) {
            return siftDone();
        }
        if (c + 1 < siftHi) {
            return Effect.less(first + c, first + c + 1, with(root, c, AFTER_CHILD_LESS));
        }
        return compareRoot(c);
    }

    private Effect compareRoot(int c) {
        return Effect.less(first + root, first + c, with(root, c, AFTER_ROOT_LESS));
    }

    /** Back in heapSort after a siftDown: the next i of the current phase. */
    private HeapSortFrame siftDone() {
        return at(i - 1, extracting, 0, 0, 0, NEXT_I);
    }

    private HeapSortFrame at(int i, boolean extracting, int root, int child, int siftHi, int pc) {
        return new HeapSortFrame(first, hi, i, extracting, root, child, siftHi, pc);
    }

    private HeapSortFrame with(int root, int child, int pc) {
        return new HeapSortFrame(first, hi, i, extracting, root, child, siftHi, pc);
    }
}

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
        HeapSortFrame f = this;
        while (true) {
            switch (f.pc) {
                case NEXT_I -> {
                    if (!f.extracting && f.i < 0) {
                        f = f.at(hi - 1, true, 0, 0, 0, NEXT_I);
                    } else if (f.extracting && f.i < 0) {
                        return Effect.done();
                    } else if (f.extracting) {
                        return Effect.swap(first, first + f.i, f.with(f.root, f.child, AFTER_EXTRACT_SWAP));
                    } else {
                        f = f.at(f.i, false, f.i, 0, hi, SIFT);
                    }
                }
                case AFTER_EXTRACT_SWAP -> f = f.at(f.i, true, 0, 0, f.i, SIFT);
                case SIFT -> {
                    int child = 2 * f.root + 1;
                    if (child >= f.siftHi) {
                        f = f.siftDone();
                    } else if (child + 1 < f.siftHi) {
                        return Effect.less(first + child, first + child + 1, f.with(f.root, child, AFTER_CHILD_LESS));
                    } else {
                        return Effect.less(first + f.root, first + child, f.with(f.root, child, AFTER_ROOT_LESS));
                    }
                }
                case AFTER_CHILD_LESS -> {
                    int child = in.less() ? f.child + 1 : f.child;
                    return Effect.less(first + f.root, first + child, f.with(f.root, child, AFTER_ROOT_LESS));
                }
                case AFTER_ROOT_LESS -> {
                    if (!in.less()) {
                        f = f.siftDone();
                    } else {
                        return Effect.swap(first + f.root, first + f.child, f.with(f.root, f.child, AFTER_SIFT_SWAP));
                    }
                }
                default -> f = f.with(f.child, 0, SIFT);
            }
            in = Resumed.NOTHING;
        }
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

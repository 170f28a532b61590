package defercheck.lib.sort;

/**
 * The binary search shared by sort.Search, sort.Find, sort.SearchInts/Float64s/Strings and
 * slices.BinarySearch(Func), as a resumable machine: it probes index h = (i+j)/2 of [i, j) and the caller
 * answers whether the answer lies right of h. For sort.Search that is {@code !f(h)}; for sort.Find
 * {@code cmp(h) > 0}; for SearchInts {@code !(a[h] >= x)}; for slices.BinarySearch {@code cmp.Less(x[h],
 * target)}; for BinarySearchFunc {@code cmp(x[h], target) < 0}. Find and BinarySearchFunc then call cmp once
 * more at the result when it is below n, to say whether it was found: that call is the caller's.
 */
public record BinarySearch(int i, int j) {

    /** A step: probe an index, or the search ended at {@code index}. */
    public sealed interface Step {
    }

    /** Go evaluates its predicate at {@code h}. */
    public record Probe(int h, BinarySearch machine) implements Step {
        /** The next step once the caller says whether the sought index is right of h. */
        public Step answer(boolean goRight) {
            return goRight ? new BinarySearch(h + 1, machine.j).next() : new BinarySearch(machine.i, h).next();
        }
    }

    /** The search result (the insertion index). */
    public record Found(int index) implements Step {
    }

    /** The first step of a search over [0, n). */
    public static Step start(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative length " + n);
        }
        return new BinarySearch(0, n).next();
    }

    private Step next() {
        return i < j ? new Probe((i + j) >>> 1, this) : new Found(i);
    }
}

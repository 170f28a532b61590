package defercheck.lib.sort;

import defercheck.source.GoVersion;
import java.util.Objects;

/**
 * Go's sorting algorithms as resumable machines. The model cannot call a Go {@code Less} from Java, so a
 * machine returns each {@code Less(i, j)} and {@code Swap(i, j)} it needs as a {@link SortStep}, in exactly
 * the order Go's sort makes them, and continues from the answer; all state is in immutable frames on an
 * explicit stack. Equal keys, a less function with side effects or an inconsistent one therefore end as they
 * do in Go.
 *
 * <p>Which machine a Go call runs (checked on go1.19, 1.21, 1.22 and 1.23, whose pdqsort and stable code are
 * the same): {@link #sort} for sort.Sort (after its one Len call), sort.Slice, sort.Ints, sort.Float64s,
 * sort.Strings (sort.Sort over IntSlice etc. before go1.22, slices.Sort from go1.22: the same requests, since
 * cmp.Less and Float64Slice.Less agree, NaNs first), slices.Sort and slices.SortFunc (less is
 * {@code cmp(x[i], x[j]) < 0}); {@link #stable} for sort.Stable, sort.SliceStable and slices.SortStableFunc;
 * {@link #isSorted} for sort.IsSorted, sort.SliceIsSorted, slices.IsSorted(Func) and the *AreSorted
 * functions. sort.Reverse asks the wrapped Less with the indexes exchanged. Go releases before 1.19 sorted
 * with a different quicksort, which is not modelled.
 */
public final class SortMachine {

    private final FrameStack stack;

    private SortMachine(FrameStack stack) {
        this.stack = stack;
    }

    /** pdqsort of n elements: sort.Sort, sort.Slice, slices.Sort(Func), sort.Ints/Float64s/Strings. */
    public static SortStep sort(GoVersion go, int n) {
        requireModelled(go, n);
        return start(PdqsortFrame.of(0, n, 64 - Long.numberOfLeadingZeros(n)));
    }

    /** Insertion-sorted blocks of 20 merged by SymMerge: sort.Stable, sort.SliceStable, slices.SortStableFunc. */
    public static SortStep stable(GoVersion go, int n) {
        requireModelled(go, n);
        return start(StableFrame.of(n));
    }

    /** IsSorted: asks Less(i, i-1) from the end; {@link SortStep.Done#result} is the answer. */
    public static SortStep isSorted(GoVersion go, int n) {
        requireModelled(go, n);
        return start(IsSortedFrame.of(n));
    }

    private static void requireModelled(GoVersion go, int n) {
        if (go.minor() < 19) {
            throw new UnsupportedOperationException("sort before go1.19 (quicksort, not pdqsort) is not modelled");
        }
        if (n < 0) {
            throw new IllegalArgumentException("negative length " + n);
        }
    }

    private static SortStep start(Frame root) {
        return new SortMachine(new FrameStack(root, null)).resume(Resumed.NOTHING);
    }

    /** Runs frames until one asks the caller for something or the outermost one returns. */
    SortStep resume(Resumed in) {
        FrameStack s = stack;
        Resumed input = in;
        while (true) {
            Effect e = s.top().step(input);
            if (e instanceof Effect.Ask ask) {
                SortMachine next = new SortMachine(s.replaceTop(ask.resume()));
                return ask.swap() ? new SortStep.Swap(ask.i(), ask.j(), next) : new SortStep.Less(ask.i(), ask.j(), next);
            } else if (e instanceof Effect.Call call) {
                s = s.replaceTop(call.resume()).push(call.callee());
                input = Resumed.NOTHING;
            } else {
                Effect.Return r = (Effect.Return) e;
                if (s.rest() == null) {
                    return new SortStep.Done(r.flag() == 1);
                }
                s = s.rest();
                input = Resumed.returned(r.value(), r.flag());
            }
        }
    }

    /** How many routine activations are open (Go's recursion depth at this point). */
    public int depth() {
        return stack.depth();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SortMachine m && m.stack.equals(stack);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stack);
    }

    @Override
    public String toString() {
        return "SortMachine" + stack;
    }
}

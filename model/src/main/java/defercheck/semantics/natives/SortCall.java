package defercheck.semantics.natives;

import defercheck.lib.sort.SortMachine;
import defercheck.lib.sort.SortStep;
import defercheck.semantics.Host;
import defercheck.semantics.NativeCall;
import defercheck.semantics.Value;
import java.util.List;

/**
 * One call of a sort function as a native call. A sort machine of lib.sort says which {@code Less(i, j)} and
 * {@code Swap(i, j)} Go's algorithm makes, in Go's order; each one that is Go code (a sort.Interface method, the
 * less function of sort.Slice) runs as an ordinary Go call, so a panic inside it unwinds through this frame
 * like through any other, with the elements as far as the sort got. The comparisons and swaps that are the
 * library's own (sort.Ints, sort.Slice's swapper, IntSlice's methods) are answered here.
 */
final class SortCall implements NativeCall {

    /** Which algorithm: pdqsort (Sort, Slice, Ints...), the stable sort, or IsSorted. */
    enum Algorithm { SORT, STABLE, IS_SORTED }

    private enum Pending { NONE, LEN, LESS, SWAP }

    private final Host host;
    private final Algorithm algorithm;
    private final SortAccess access;
    private SortStep step;
    private Pending pending = Pending.NONE;

    SortCall(Host host, Algorithm algorithm, SortAccess access) {
        this.host = host;
        this.algorithm = algorithm;
        this.access = access;
    }

    @Override
    public Step step(List<Value> results) {
        switch (pending) {
            case LEN -> step = start((int) ((Value.IntValue) results.get(0)).value());
            case LESS -> step = ((SortStep.Less) step).answer(((Value.BoolValue) results.get(0)).value());
            case SWAP -> step = ((SortStep.Swap) step).swapped();
            case NONE -> {
                Step first = access.lenCall();
                if (first != null) {
                    pending = Pending.LEN;
                    return first;
                }
                step = start(access.length());
            }
        }
        pending = Pending.NONE;
        return run();
    }

    private SortStep start(int n) {
        return switch (algorithm) {
            case SORT -> SortMachine.sort(host.version(), n);
            case STABLE -> SortMachine.stable(host.version(), n);
            case IS_SORTED -> SortMachine.isSorted(host.version(), n);
        };
    }

    /** Answers the library's own requests until one needs Go code or the algorithm returns. */
    private Step run() {
        while (true) {
            if (step instanceof SortStep.Done d) {
                return new Step.Done(algorithm == Algorithm.IS_SORTED ? List.of(Value.BoolValue.of(d.result())) : List.of());
            } else if (step instanceof SortStep.Less l) {
                Step call = access.less(l.i(), l.j());
                if (call instanceof Step.Call) {
                    pending = Pending.LESS;
                    return call;
                } else if (call != null) {
                    return call;
                }
                step = l.answer(access.nativeLess(l.i(), l.j()));
            } else {
                SortStep.Swap s = (SortStep.Swap) step;
                Step call = access.swap(s.i(), s.j());
                if (call instanceof Step.Call) {
                    pending = Pending.SWAP;
                    return call;
                } else if (call != null) {
                    return call;
                }
                step = s.swapped();
            }
        }
    }
}

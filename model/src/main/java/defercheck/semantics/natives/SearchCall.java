package defercheck.semantics.natives;

import defercheck.lib.sort.BinarySearch;
import defercheck.semantics.Host;
import defercheck.semantics.NativeCall;
import defercheck.semantics.Value;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * One call of sort.Search or sort.Find as a native call: the binary search of lib.sort says which index Go
 * probes next, and the program's function is called there as an ordinary Go call. Find calls its cmp once
 * more at the result when it lies below n, to say whether it was found, as Go's Find does. The library's own
 * searches (SearchInts and the like) probe with a Java predicate and call nothing.
 */
final class SearchCall implements NativeCall {

    private final Host host;
    private final int n;
    private final Value fn;
    private final boolean find;
    private BinarySearch.Step step;
    private boolean waiting;
    private boolean finalCall;

    private SearchCall(Host host, int n, Value fn, boolean find) {
        this.host = host;
        this.n = n;
        this.fn = fn;
        this.find = find;
    }

    /** sort.Search(n, f): the smallest index in [0, n) where f is true, or n. */
    static SearchCall search(Host host, long n, Value f) {
        return new SearchCall(host, (int) Math.max(Math.min(n, Integer.MAX_VALUE), -1), f, false);
    }

    /** sort.Find(n, cmp): the smallest index where cmp is at most 0, and whether cmp is 0 there. */
    static SearchCall find(Host host, long n, Value cmp) {
        return new SearchCall(host, (int) Math.max(Math.min(n, Integer.MAX_VALUE), -1), cmp, true);
    }

    /** A search that calls no Go code: {@code atOrAfter(h)} is Go's predicate {@code a[h] >= x}. */
    static int nativeSearch(int n, IntPredicate atOrAfter) {
        BinarySearch.Step s = BinarySearch.start(Math.max(n, 0));
        while (s instanceof BinarySearch.Probe p) {
            s = p.answer(!atOrAfter.test(p.h()));
        }
        return ((BinarySearch.Found) s).index();
    }

    @Override
    public Step step(List<Value> results) {
        if (finalCall) {
            int index = ((BinarySearch.Found) step).index();
            return done(index, ((Value.IntValue) results.get(0)).value() == 0);
        }
        if (waiting) {
            long answer = find ? ((Value.IntValue) results.get(0)).value() : 0;
            boolean goRight = find ? answer > 0 : !((Value.BoolValue) results.get(0)).value();
            step = ((BinarySearch.Probe) step).answer(goRight);
        } else {
            step = BinarySearch.start(Math.max(n, 0));
        }
        waiting = false;
        if (step instanceof BinarySearch.Probe p) {
            waiting = true;
            return call(p.h());
        }
        int index = ((BinarySearch.Found) step).index();
        if (find && index < n) {
            finalCall = true;
            return call(index);
        }
        return done(index, false);
    }

    private Step call(int h) {
        return GoCalls.func(host, fn, List.of(new Value.IntValue(h)), 1);
    }

    private Step done(int index, boolean found) {
        Value i = new Value.IntValue(index);
        return new Step.Done(find ? List.of(i, Value.BoolValue.of(found)) : List.of(i));
    }
}

package defercheck.semantics.natives;

import defercheck.ir.Type;
import defercheck.semantics.Box;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.NativeCall.Step;
import defercheck.semantics.NativePackage;
import defercheck.semantics.NativeTable;
import defercheck.semantics.RuntimeErrorKind;
import defercheck.semantics.Value;
import defercheck.semantics.Values;
import defercheck.semantics.natives.SortAccess.Order;
import java.util.List;

/**
 * Package sort's natives (declarations: resources defercheck/lib/decl/sort.go). The sorts run as
 * {@link SortCall}s and the searches with a function as {@link SearchCall}s, so the program's Len, Less, Swap
 * and less functions are called as Go calls, in Go's order; the rest answers at once.
 */
public final class SortNatives implements NativePackage {

    @Override
    public String path() {
        return "sort";
    }

    @Override
    public void register(NativeTable t) {
        t.call("sort.Sort", a -> sort(a, SortCall.Algorithm.SORT, SortAccess.ofInterface(a, a.arg(0))));
        t.call("sort.Stable", a -> sort(a, SortCall.Algorithm.STABLE, SortAccess.ofInterface(a, a.arg(0))));
        t.call("sort.IsSorted", a -> sort(a, SortCall.Algorithm.IS_SORTED, SortAccess.ofInterface(a, a.arg(0))));
        t.call("sort.Slice", a -> sliceFunc(a, SortCall.Algorithm.SORT, "sort.Slice"));
        t.call("sort.SliceStable", a -> sliceFunc(a, SortCall.Algorithm.STABLE, "sort.SliceStable"));
        t.call("sort.SliceIsSorted", a -> sliceFunc(a, SortCall.Algorithm.IS_SORTED, "sort.SliceIsSorted"));
        sliceHelpers(t, "Ints", "Int", Order.INTS);
        sliceHelpers(t, "Float64s", "Float64", Order.FLOAT64S);
        sliceHelpers(t, "Strings", "String", Order.STRINGS);
        t.call("sort.Search", a -> SearchCall.search(a.host(), a.integer(0), a.arg(1)));
        t.call("sort.Find", a -> SearchCall.find(a.host(), a.integer(0), a.arg(1)));
        t.step("sort.Reverse", a -> a.done(reverse(a, a.arg(0))));
        t.call("sort.reverse.Less", a -> GoCalls.forward(GoCalls.method(a, reversed(a.arg(0)), "Less",
                List.of(a.arg(2), a.arg(1)))));
    }

    /** sort.Ints and the like, their AreSorted and Search forms, and the methods of IntSlice and the like. */
    private static void sliceHelpers(NativeTable t, String plural, String singular, Order order) {
        t.call("sort." + plural, a -> sort(a, SortCall.Algorithm.SORT, SortAccess.ofSlice(a, a.arg(0), order)));
        t.call("sort." + plural + "AreSorted", a -> sort(a, SortCall.Algorithm.IS_SORTED,
                SortAccess.ofSlice(a, a.arg(0), order)));
        t.step("sort.Search" + plural, a -> a.done(search(a.arg(0), a.arg(1), order)));
        String type = "sort." + singular + "Slice.";
        t.call(type + "Sort", a -> sort(a, SortCall.Algorithm.SORT, SortAccess.ofSlice(a, a.arg(0), order)));
        t.step(type + "Search", a -> a.done(search(a.arg(0), a.arg(1), order)));
        t.step(type + "Len", a -> a.done(a.arg(0) instanceof Value.SliceValue s ? s.len() : 0));
        t.step(type + "Less", a -> {
            Step bad = bounds(a.arg(0), a.arg(1), a.arg(2));
            return bad != null ? bad : a.done(order.less(element(a.arg(0), a.arg(1)), element(a.arg(0), a.arg(2))));
        });
        t.step(type + "Swap", a -> {
            Step bad = bounds(a.arg(0), a.arg(1), a.arg(2));
            if (bad != null) {
                return bad;
            }
            swapElements((Value.SliceValue) a.arg(0), (int) a.integer(1), (int) a.integer(2));
            return a.done();
        });
    }

    private static NativeCall sort(NativeArgs a, SortCall.Algorithm algorithm, SortAccess access) {
        return new SortCall(a.host(), algorithm, access);
    }

    /** sort.Slice and the like: x must hold a slice; reflect's panic for anything else is not modelled. */
    private static NativeCall sliceFunc(NativeArgs a, SortCall.Algorithm algorithm, String name) {
        Value x = a.arg(0);
        boolean slice = x instanceof Value.SliceValue
                || x instanceof Value.NilValue n && !n.isNilInterface() && n.type().underlying() instanceof Type.Slice;
        if (!slice) {
            String what = x instanceof Value.NilValue ? "nil" : x.dynamicTypeName();
            return r -> new Step.Refused(name + " of a value of type " + what + ", not a slice (reflect's panic)");
        }
        return new SortCall(a.host(), algorithm, SortAccess.ofSliceFunc(a, x, a.arg(1)));
    }

    /** SearchInts and the like: the smallest index with {@code a[i] >= x}, by the same probes as Go's. */
    private static int search(Value a, Value x, Order order) {
        if (!(a instanceof Value.SliceValue s)) {
            return 0;
        }
        return SearchCall.nativeSearch(s.len(), h -> order.atOrAfter(s.get(h), x));
    }

    static boolean isReverse(Value v) {
        return v instanceof Value.PointerValue p && p.type() instanceof Type.Pointer t
                && t.elem() instanceof Type.Named n && n.pkg().equals("sort") && n.name().equals("reverse");
    }

    /** The Interface a sort.Reverse value (the pointer, or the struct a method receives) wraps. */
    static Value reversed(Value v) {
        Value r = v instanceof Value.PointerValue p ? p.target().load() : v;
        return ((Value.StructValue) r).fields()[0];
    }

    /** sort.Reverse(data): {@code &reverse{data}}. */
    private static Value reverse(NativeArgs a, Value data) {
        Type.Named t = a.libraryType("sort.reverse");
        return new Value.PointerValue(new Type.Pointer(t), new Box(new Value.StructValue(t, new Value[] {data})));
    }

    /** Exchanges two elements' contents, as reflect's swapper does (pointers into them keep their places). */
    static void swapElements(Value.SliceValue s, int i, int j) {
        Value[] a = s.array();
        int x = s.offset() + i;
        int y = s.offset() + j;
        Value xi = Values.copy(a[x]);
        a[x] = Values.assignInto(a[x], Values.copy(a[y]));
        a[y] = Values.assignInto(a[y], xi);
    }

    /** An index out of range in IntSlice's Less or Swap: the runtime's bounds error, for i before j. */
    private static Step bounds(Value slice, Value... indexes) {
        int len = slice instanceof Value.SliceValue s ? s.len() : 0;
        for (Value i : indexes) {
            long v = ((Value.IntValue) i).value();
            if (v < 0 || v >= len) {
                return new Step.Panic(new Value.RuntimeErrorValue(RuntimeErrorKind.BOUNDS,
                        "runtime error: index out of range [" + v + "] with length " + len));
            }
        }
        return null;
    }

    private static Value element(Value slice, Value index) {
        return ((Value.SliceValue) slice).get((int) ((Value.IntValue) index).value());
    }
}

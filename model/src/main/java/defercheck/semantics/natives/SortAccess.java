package defercheck.semantics.natives;

import defercheck.ir.Type;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.Value;
import java.util.List;

/**
 * How a sort call reaches its data: the Len, Less and Swap that are Go calls (sort.Interface methods of the
 * program's types, the less function of sort.Slice), and the ones the library answers itself (the slice
 * swapper of sort.Slice, the element order of sort.Ints, Float64s, Strings and of IntSlice, Float64Slice and
 * StringSlice). sort.Reverse's wrapper is looked through: its Less asks the wrapped Less with i and j
 * exchanged, its Len and Swap are the wrapped ones.
 */
final class SortAccess {

    /** The element order of the library's own slice types. */
    enum Order {
        INTS, FLOAT64S, STRINGS;

        /** Their Less: {@code x[i] < x[j]}, for floats {@code || isNaN(x[i]) && !isNaN(x[j])} (NaNs first). */
        boolean less(Value x, Value y) {
            return switch (this) {
                case INTS -> ((Value.IntValue) x).value() < ((Value.IntValue) y).value();
                case FLOAT64S -> {
                    double a = ((Value.FloatValue) x).value();
                    double b = ((Value.FloatValue) y).value();
                    yield a < b || Double.isNaN(a) && !Double.isNaN(b);
                }
                case STRINGS -> ((Value.StringValue) x).value().compareTo(((Value.StringValue) y).value()) < 0;
            };
        }

        /** Go's {@code x >= y} of SearchInts and the like: false when either float is NaN. */
        boolean atOrAfter(Value x, Value y) {
            return switch (this) {
                case INTS -> ((Value.IntValue) x).value() >= ((Value.IntValue) y).value();
                case FLOAT64S -> ((Value.FloatValue) x).value() >= ((Value.FloatValue) y).value();
                case STRINGS -> ((Value.StringValue) x).value().compareTo(((Value.StringValue) y).value()) >= 0;
            };
        }

        /** The order of a library slice type ({@code sort.IntSlice}), or null for any other type. */
        static Order of(Type t) {
            if (!(t instanceof Type.Named n) || !n.pkg().equals("sort")) {
                return null;
            }
            return switch (n.name()) {
                case "IntSlice" -> INTS;
                case "Float64Slice" -> FLOAT64S;
                case "StringSlice" -> STRINGS;
                default -> null;
            };
        }
    }

    private final NativeArgs call;
    private final Value data;
    private final Value less;
    private final Value slice;
    private final Order order;
    private final boolean flip;

    private SortAccess(NativeArgs call, Value data, Value less, Value slice, Order order, boolean flip) {
        this.call = call;
        this.data = data;
        this.less = less;
        this.slice = slice;
        this.order = order;
        this.flip = flip;
    }

    /** sort.Sort, Stable, IsSorted: the methods of {@code data}'s dynamic type, through any sort.Reverse. */
    static SortAccess ofInterface(NativeArgs call, Value data) {
        Value d = data;
        boolean flip = false;
        while (SortNatives.isReverse(d)) {
            d = SortNatives.reversed(d);
            flip = !flip;
        }
        Order order = Order.of(d.type());
        if (order != null) {
            return new SortAccess(call, null, null, d, order, flip);
        }
        return new SortAccess(call, d, null, null, null, flip);
    }

    /** sort.Slice, SliceStable, SliceIsSorted: the program's less function and the library's swapper. */
    static SortAccess ofSliceFunc(NativeArgs call, Value slice, Value less) {
        return new SortAccess(call, null, less, slice, null, false);
    }

    /** sort.Ints, Float64s, Strings, their AreSorted, IntSlice.Sort and the like: no Go code runs. */
    static SortAccess ofSlice(NativeArgs call, Value slice, Order order) {
        return new SortAccess(call, null, null, slice, order, false);
    }

    /** The Len call sort.Sort makes first, or null when the library knows the length. */
    NativeCall.Step lenCall() {
        return data == null ? null : GoCalls.method(call, data, "Len", List.of());
    }

    int length() {
        return slice instanceof Value.SliceValue s ? s.len() : 0;
    }

    /** The Go call that answers Less(i, j), a panic, or null when {@link #nativeLess} answers. */
    NativeCall.Step less(int i, int j) {
        List<Value> args = flip ? ints(j, i) : ints(i, j);
        if (data != null) {
            return GoCalls.method(call, data, "Less", args);
        }
        return order != null ? null : GoCalls.func(call.host(), less, args, 1);
    }

    boolean nativeLess(int i, int j) {
        Value.SliceValue s = (Value.SliceValue) slice;
        return flip ? order.less(s.get(j), s.get(i)) : order.less(s.get(i), s.get(j));
    }

    /** The Go call that swaps elements i and j, or null after swapping them here. */
    NativeCall.Step swap(int i, int j) {
        if (data != null) {
            return GoCalls.method(call, data, "Swap", ints(i, j));
        }
        SortNatives.swapElements((Value.SliceValue) slice, i, j);
        return null;
    }

    static List<Value> ints(int i, int j) {
        return List.of(new Value.IntValue(i), new Value.IntValue(j));
    }
}

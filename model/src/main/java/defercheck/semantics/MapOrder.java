package defercheck.semantics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order fmt prints map entries in (internal/fmtsort): numbers by value (NaN first), strings by bytes, false
 * before true, structs and arrays field by field.
 */
final class MapOrder {

    private MapOrder() {
    }

    static List<Value> sorted(List<Value> keys) {
        List<Value> out = new ArrayList<>(keys);
        out.sort(ORDER);
        return out;
    }

    private static final Comparator<Value> ORDER = MapOrder::compare;

    static int compare(Value a, Value b) {
        if (a instanceof Value.IntValue x && b instanceof Value.IntValue y) {
            return x.unsigned() ? Long.compareUnsigned(x.value(), y.value()) : Long.compare(x.value(), y.value());
        } else if (a instanceof Value.FloatValue x && b instanceof Value.FloatValue y) {
            return floats(x.value(), y.value());
        } else if (a instanceof Value.StringValue x && b instanceof Value.StringValue y) {
            return x.value().compareTo(y.value());
        } else if (a instanceof Value.BoolValue x && b instanceof Value.BoolValue y) {
            return Boolean.compare(x.value(), y.value());
        } else if (a instanceof Value.StructValue x && b instanceof Value.StructValue y) {
            return all(x.fields(), y.fields());
        } else if (a instanceof Value.ArrayValue x && b instanceof Value.ArrayValue y) {
            return all(x.elements(), y.elements());
        } else if (a instanceof Value.ComplexValue x && b instanceof Value.ComplexValue y) {
            int c = floats(x.re(), y.re());
            return c != 0 ? c : floats(x.im(), y.im());
        }
        return 0;
    }

    private static int floats(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) ? (Double.isNaN(b) ? 0 : -1) : 1;
        }
        return Double.compare(a == 0 ? 0.0 : a, b == 0 ? 0.0 : b);
    }

    private static int all(Value[] a, Value[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}

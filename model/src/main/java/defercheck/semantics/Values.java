package defercheck.semantics;

import defercheck.ir.Type;
import defercheck.semantics.Value.ArrayValue;
import defercheck.semantics.Value.BoolValue;
import defercheck.semantics.Value.ComplexValue;
import defercheck.semantics.Value.FloatValue;
import defercheck.semantics.Value.IntValue;
import defercheck.semantics.Value.NilValue;
import defercheck.semantics.Value.StringValue;
import defercheck.semantics.Value.StructValue;

/**
 * Go's value semantics for the containers (structs and arrays): copying, assignment into existing storage,
 * equality ({@code ==}) and hashing (map keys).
 */
public final class Values {

    private Values() {
    }

    public static boolean isContainer(Value v) {
        return v instanceof StructValue || v instanceof ArrayValue;
    }

    /** A copy of {@code v} that shares nothing mutable with it: structs and arrays are copied deeply, not through pointers. */
    public static Value copy(Value v) {
        if (v instanceof StructValue s) {
            return new StructValue(s.type(), copyAll(s.fields()));
        } else if (v instanceof ArrayValue a) {
            return new ArrayValue(a.type(), copyAll(a.elements()));
        }
        return v;
    }

    private static Value[] copyAll(Value[] src) {
        Value[] out = new Value[src.length];
        for (int i = 0; i < src.length; i++) {
            out[i] = copy(src[i]);
        }
        return out;
    }

    /**
     * Go assignment of the fresh value {@code v} to a location holding {@code old}: a struct or array of the same
     * type is overwritten in place (its storage is the variable's memory, which pointers may point into);
     * anything else is replaced. Returns what the location holds afterwards.
     */
    public static Value assignInto(Value old, Value v) {
        if (old instanceof StructValue os && v instanceof StructValue nv && os.type().equals(nv.type())) {
            assignAll(os.fields(), nv.fields());
            return os;
        }
        if (old instanceof ArrayValue oa && v instanceof ArrayValue na && oa.type().equals(na.type())) {
            assignAll(oa.elements(), na.elements());
            return oa;
        }
        return v;
    }

    private static void assignAll(Value[] dst, Value[] src) {
        for (int i = 0; i < dst.length; i++) {
            dst[i] = assignInto(dst[i], src[i]);
        }
    }

    /**
     * Go's {@code ==} on two values whose comparison the checker allowed: a nil interface equals only a nil
     * interface; values of different dynamic types differ; structs and arrays compare element by element;
     * floats as IEEE numbers (NaN differs from itself); pointers by location.
     */
    public static boolean equal(Value x, Value y) {
        if (x instanceof NilValue nx && y instanceof NilValue ny) {
            return nx.isNilInterface() == ny.isNilInterface() && (nx.isNilInterface() || nx.type().equals(ny.type()));
        }
        if (x instanceof NilValue || y instanceof NilValue) {
            return false;
        }
        if (!x.type().equals(y.type())) {
            return false;
        }
        if (x instanceof IntValue a && y instanceof IntValue b) {
            return a.value() == b.value();
        } else if (x instanceof FloatValue a && y instanceof FloatValue b) {
            return a.value() == b.value();
        } else if (x instanceof ComplexValue a && y instanceof ComplexValue b) {
            return a.re() == b.re() && a.im() == b.im();
        } else if (x instanceof StringValue a && y instanceof StringValue b) {
            return a.value().equals(b.value());
        } else if (x instanceof BoolValue a && y instanceof BoolValue b) {
            return a.value() == b.value();
        } else if (x instanceof StructValue a && y instanceof StructValue b) {
            return fieldsEqual(a, b);
        } else if (x instanceof ArrayValue a && y instanceof ArrayValue b) {
            return allEqual(a.elements(), b.elements());
        }
        return x.equals(y);
    }

    /** Go spec "Comparison operators": blank fields take no part. */
    private static boolean fieldsEqual(StructValue a, StructValue b) {
        java.util.List<Type.Field> fields = ((Type.Struct) a.type().underlying()).fields();
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).name().equals("_") && !equal(a.fields()[i], b.fields()[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean allEqual(Value[] a, Value[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!equal(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether two interface contents have the same dynamic type (a nil interface has none). */
    public static boolean equalTypes(Value x, Value y) {
        if (x instanceof NilValue nx && nx.isNilInterface() || y instanceof NilValue ny && ny.isNilInterface()) {
            return false;
        }
        return x.type().equals(y.type());
    }

    /** A hash consistent with {@link #equal}. */
    public static int hash(Value v) {
        if (v instanceof IntValue i) {
            return Long.hashCode(i.value());
        } else if (v instanceof FloatValue f) {
            return f.value() == 0 ? 0 : Double.hashCode(f.value());
        } else if (v instanceof ComplexValue c) {
            return (c.re() == 0 ? 0 : Double.hashCode(c.re())) * 31 + (c.im() == 0 ? 0 : Double.hashCode(c.im()));
        } else if (v instanceof StringValue s) {
            return s.value().hashCode();
        } else if (v instanceof BoolValue b) {
            return b.value() ? 1 : 0;
        } else if (v instanceof StructValue s) {
            return hashAll(s.fields());
        } else if (v instanceof ArrayValue a) {
            return hashAll(a.elements());
        } else if (v instanceof NilValue) {
            return 7;
        }
        return v.hashCode();
    }

    private static int hashAll(Value[] vs) {
        int h = 1;
        for (Value v : vs) {
            h = h * 31 + hash(v);
        }
        return h;
    }

    /**
     * The dynamic type that makes an interface comparison panic (runtime.efaceeq: "comparing uncomparable type
     * T"), or null when both values are comparable.
     */
    public static Type uncomparable(Value x) {
        if (x instanceof NilValue n && n.isNilInterface()) {
            return null;
        }
        Type t = x.type();
        return t.isComparable() ? null : t;
    }

    /**
     * Go's {@code x == y} for operands of static type {@code t}, as compiled code evaluates it ({@link Equality}):
     * the dynamic type whose comparison panics where the walk meets it, or null when it does not panic.
     */
    public static Type comparisonPanic(Value x, Value y, Type t) {
        return Equality.compare(x, y, t).uncomparable();
    }

    /** Go's {@code x == y} for operands of static type {@code t}, when {@link #comparisonPanic} is null. */
    public static boolean goEqual(Value x, Value y, Type t) {
        return Equality.compare(x, y, t).equal();
    }
}

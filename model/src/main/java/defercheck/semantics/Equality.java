package defercheck.semantics;

import defercheck.ir.Type;
import defercheck.semantics.Value.ArrayValue;
import defercheck.semantics.Value.NilValue;
import defercheck.semantics.Value.StructValue;

/**
 * Go's {@code ==} as the compiled code evaluates it (Go spec "Comparison operators"): struct fields in source
 * order and array elements in index order, stopping at the first difference, blank fields skipped. Two
 * interface values of the same dynamic type that is not comparable make the comparison panic
 * (runtime.efaceeq), wherever they sit inside the operands, but only when the walk reaches them: gc orders the
 * comparisons that may panic as the source does (cmd/compile/internal/compare EqStruct), so {@code A{1, b}}
 * and {@code A{2, b}} differ before the slice in {@code b} is met (test/fixedbugs/issue8606.go).
 */
final class Equality {

    /** Equal or not, or the dynamic type whose comparison panics (then {@code equal} is meaningless). */
    record Result(boolean equal, Type uncomparable) {
        static final Result EQUAL = new Result(true, null);
        static final Result UNEQUAL = new Result(false, null);

        boolean stops() {
            return !equal || uncomparable != null;
        }
    }

    private Equality() {
    }

    /** Compares {@code x} and {@code y}, both of static type {@code t}. */
    static Result compare(Value x, Value y, Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Interface) {
            if (!Values.equalTypes(x, y)) {
                return Values.equal(x, y) ? Result.EQUAL : Result.UNEQUAL;
            }
            Type bad = Values.uncomparable(x);
            return bad != null ? new Result(false, bad) : compare(x, y, x.type());
        }
        if (u instanceof Type.Struct s && x instanceof StructValue a && y instanceof StructValue b) {
            for (int i = 0; i < s.fields().size(); i++) {
                Type.Field f = s.fields().get(i);
                if (f.name().equals("_")) {
                    continue;
                }
                Result r = compare(a.fields()[i], b.fields()[i], f.type());
                if (r.stops()) {
                    return r;
                }
            }
            return Result.EQUAL;
        }
        if (u instanceof Type.Chan) {
            // statically a channel type: the operands may be views of one channel through different directions
            return x instanceof Value.ChanValue a && y instanceof Value.ChanValue b && a.channel() == b.channel()
                    || x instanceof Value.NilValue && y instanceof Value.NilValue ? Result.EQUAL : Result.UNEQUAL;
        }
        if (u instanceof Type.Array at && x instanceof ArrayValue a && y instanceof ArrayValue b) {
            for (int i = 0; i < a.elements().length; i++) {
                Result r = compare(a.elements()[i], b.elements()[i], at.elem());
                if (r.stops()) {
                    return r;
                }
            }
            return Result.EQUAL;
        }
        return Values.equal(x, y) ? Result.EQUAL : Result.UNEQUAL;
    }

    /**
     * The first dynamic type inside map key {@code k} that cannot be hashed (runtime.typehash walks struct fields
     * in order, blank ones skipped, and array elements), or null.
     */
    static Type unhashable(Value k) {
        if (k instanceof NilValue n && n.isNilInterface()) {
            return null;
        }
        Type t = k.type();
        return t.isComparable() ? inside(k, t) : t;
    }

    private static Type inside(Value v, Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Interface) {
            return unhashable(v);
        }
        if (u instanceof Type.Struct s && v instanceof StructValue sv) {
            for (int i = 0; i < s.fields().size(); i++) {
                Type bad = s.fields().get(i).name().equals("_") ? null : inside(sv.fields()[i], s.fields().get(i).type());
                if (bad != null) {
                    return bad;
                }
            }
        } else if (u instanceof Type.Array at && v instanceof ArrayValue av) {
            for (Value e : av.elements()) {
                Type bad = inside(e, at.elem());
                if (bad != null) {
                    return bad;
                }
            }
        }
        return null;
    }
}

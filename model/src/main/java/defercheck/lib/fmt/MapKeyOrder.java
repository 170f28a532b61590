package defercheck.lib.fmt;

/**
 * The order fmt prints map entries in (internal/fmtsort): numbers by value, strings by bytes, false before
 * true, pointers and chans by address, structs and arrays field by field, nil interfaces first. Orders that
 * real Go does not fix are refused with UnsupportedOperationException rather than guessed: NaN keys (their
 * entries keep the map's random iteration order) and interface keys of different dynamic types (ordered by
 * the address of their type descriptors). Pointer keys are ordered by the addresses the caller gives.
 */
public final class MapKeyOrder {

    private MapKeyOrder() {
    }

    /** Compares two keys of one map. */
    public static int compare(Operand a, Operand b) {
        if (a instanceof Operand.NilInterface || b instanceof Operand.NilInterface) {
            boolean an = a instanceof Operand.NilInterface;
            boolean bn = b instanceof Operand.NilInterface;
            return an == bn ? 0 : an ? -1 : 1;
        }
        if (!a.getClass().equals(b.getClass()) || !a.type().equals(b.type())) {
            throw new UnsupportedOperationException("fmt's order of map keys of different dynamic types ("
                    + a.type() + ", " + b.type() + ") depends on type descriptor addresses");
        }
        if (a instanceof Operand.Int) {
            Operand.Int x = (Operand.Int) a;
            Operand.Int y = (Operand.Int) b;
            return x.signed() ? Long.compare(x.bits(), y.bits()) : Long.compareUnsigned(x.bits(), y.bits());
        } else if (a instanceof Operand.Str) {
            return ((Operand.Str) a).value().compareTo(((Operand.Str) b).value());
        } else if (a instanceof Operand.Float) {
            return floats(((Operand.Float) a).value(), ((Operand.Float) b).value());
        } else if (a instanceof Operand.Complex) {
            Operand.Complex x = (Operand.Complex) a;
            Operand.Complex y = (Operand.Complex) b;
            int c = floats(x.re(), y.re());
            return c != 0 ? c : floats(x.im(), y.im());
        } else if (a instanceof Operand.Bool) {
            return Boolean.compare(((Operand.Bool) a).value(), ((Operand.Bool) b).value());
        } else if (a instanceof Operand.Pointer) {
            return Long.compareUnsigned(((Operand.Pointer) a).address(), ((Operand.Pointer) b).address());
        } else if (a instanceof Operand.Opaque) {
            return Long.compareUnsigned(((Operand.Opaque) a).address(), ((Operand.Opaque) b).address());
        } else if (a instanceof Operand.Struct) {
            return fieldwise((Operand.Struct) a, (Operand.Struct) b);
        } else if (a instanceof Operand.Sequence) {
            return elementwise((Operand.Sequence) a, (Operand.Sequence) b);
        }
        throw new UnsupportedOperationException("map key of type " + a.type());
    }

    private static int floats(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            throw new UnsupportedOperationException("fmt prints NaN map keys in the map's random iteration order");
        }
        return a < b ? -1 : a > b ? 1 : 0;
    }

    private static int fieldwise(Operand.Struct a, Operand.Struct b) {
        for (int i = 0; i < a.fields().size(); i++) {
            int c = compare(a.fields().get(i).value(), b.fields().get(i).value());
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int elementwise(Operand.Sequence a, Operand.Sequence b) {
        for (int i = 0; i < a.elements().size(); i++) {
            int c = compare(a.elements().get(i), b.elements().get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}

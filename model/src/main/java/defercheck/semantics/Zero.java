package defercheck.semantics;

import defercheck.ir.Constant;
import defercheck.ir.Type;

/**
 * Constants and zero values as run-time values; every struct or array made here is a fresh container. An array
 * type of more than {@link #MAX_ELEMENTS} elements is fine as a type, and behind a pointer, but its value is
 * never built: making one throws {@link ArrayTooLarge}, which the machine turns into a refusal.
 */
public final class Zero {

    /** The most elements of an array value the model builds (each is a Java object). */
    public static final long MAX_ELEMENTS = 1 << 20;

    /** A zero value of an array type too large to build: the run is refused, it is not a Go panic. */
    public static final class ArrayTooLarge extends RuntimeException {
        private final transient Type type;

        ArrayTooLarge(Type type) {
            super("a value of array type " + type + " (more than " + MAX_ELEMENTS + " elements)", null, false, false);
            this.type = type;
        }

        public Type type() {
            return type;
        }
    }

    private Zero() {
    }

    public static Value of(Type t) {
        return constant(Constant.zero(t));
    }

    public static Value constant(Constant c) {
        if (c instanceof Constant.IntConst i) {
            return new Value.IntValue(i.type(), i.value());
        } else if (c instanceof Constant.StringConst s) {
            return new Value.StringValue(s.type(), s.value());
        } else if (c instanceof Constant.BoolConst b) {
            return b.type().equals(Type.BOOL) && b.type() instanceof Type.Basic ? Value.BoolValue.of(b.value())
                    : new Value.BoolValue(b.type(), b.value());
        } else if (c instanceof Constant.FloatConst fl) {
            return new Value.FloatValue(fl.type(), fl.value());
        } else if (c instanceof Constant.ComplexConst cc) {
            return new Value.ComplexValue(cc.type(), cc.re(), cc.im());
        } else if (c instanceof Constant.NilConst n) {
            return new Value.NilValue(n.type());
        } else if (c instanceof Constant.Zero z) {
            return container(z.type());
        }
        throw new AssertionError(c);
    }

    private static Value container(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Struct s) {
            Value[] fields = new Value[s.fields().size()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = of(s.fields().get(i).type());
            }
            return new Value.StructValue(t, fields);
        }
        Type.Array a = (Type.Array) u;
        if (elements(a) > MAX_ELEMENTS) {
            throw new ArrayTooLarge(t);
        }
        Value[] elems = new Value[(int) a.length()];
        fillZero(elems, a.elem());
        return new Value.ArrayValue(t, elems);
    }

    private static long elements(Type t) {
        if (!(t.underlying() instanceof Type.Array a)) {
            return 1;
        }
        long inner = elements(a.elem());
        return inner == 0 || a.length() <= Long.MAX_VALUE / inner ? a.length() * inner : Long.MAX_VALUE;
    }

    /** Fills storage with zero values of {@code elem}, a fresh container in each slot when elem is one. */
    static void fillZero(Value[] slots, Type elem) {
        Constant z = Constant.zero(elem);
        if (z instanceof Constant.Zero) {
            for (int i = 0; i < slots.length; i++) {
                slots[i] = container(elem);
            }
        } else {
            Value v = constant(z);
            java.util.Arrays.fill(slots, v);
        }
    }
}

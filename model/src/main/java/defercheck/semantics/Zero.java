package defercheck.semantics;

import defercheck.ir.Constant;
import defercheck.ir.Type;

/** Constants and zero values as run-time values; every struct or array made here is a fresh container. */
public final class Zero {

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
        Value[] elems = new Value[(int) a.length()];
        fillZero(elems, a.elem());
        return new Value.ArrayValue(t, elems);
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

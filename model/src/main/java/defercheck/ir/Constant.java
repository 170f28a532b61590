package defercheck.ir;

/**
 * A compile-time value pushed by {@link Instr.PushConst}, already given its final type (untyped constants take
 * their context's or default type). Integers hold their bits as a long, normalized to the type's width
 * (sign-extended for signed types, zero-extended for unsigned ones below 64 bits); strings are byte strings,
 * one char 0..255 per byte.
 */
public sealed interface Constant {

    Type type();

    record IntConst(Type type, long value) implements Constant {
        public IntConst(long value) {
            this(Type.INT, value);
        }
    }

    /** A float32 or float64 value; a float32 one is already rounded to float precision. */
    record FloatConst(Type type, double value) implements Constant { }

    record ComplexConst(Type type, double re, double im) implements Constant { }

    record StringConst(Type type, String value) implements Constant {
        public StringConst(String value) {
            this(Type.STRING, value);
        }
    }

    record BoolConst(Type type, boolean value) implements Constant {
        public BoolConst(boolean value) {
            this(Type.BOOL, value);
        }
    }

    /** The nil of a pointer, func, slice, map, channel or interface type. */
    record NilConst(Type type) implements Constant {
    }

    /** The zero value of an array or struct type: every element and field is its type's zero. */
    record Zero(Type type) implements Constant {
    }

    /** The zero value of any type. */
    static Constant zero(Type type) {
        Type u = type.underlying();
        if (u instanceof Type.Array || u instanceof Type.Struct) {
            return new Zero(type);
        }
        if (u instanceof Type.Basic b) {
            BasicKind k = b.kind();
            if (k.isBoolean()) {
                return new BoolConst(type, false);
            } else if (k.isString()) {
                return new StringConst(type, "");
            } else if (k.isInteger()) {
                return new IntConst(type, 0);
            } else if (k.isFloat()) {
                return new FloatConst(type, 0);
            } else if (k.isComplex()) {
                return new ComplexConst(type, 0, 0);
            }
        }
        return new NilConst(type);
    }
}

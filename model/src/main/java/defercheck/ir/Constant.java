package defercheck.ir;

/** A compile-time value pushed by {@link Instr.PushConst}. Untyped constants are already given their type. */
public sealed interface Constant {

    Type type();

    record IntConst(long value) implements Constant {
        @Override
        public Type type() {
            return Type.INT;
        }
    }

    record StringConst(String value) implements Constant {
        @Override
        public Type type() {
            return Type.STRING;
        }
    }

    record BoolConst(boolean value) implements Constant {
        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    /** The zero value of an interface, func or pointer type: a nil interface, func or pointer. */
    record NilConst(Type type) implements Constant {
    }

    /** The zero value of an array type: every element is its element type's zero value. */
    record ArrayZero(Type.Array type) implements Constant {
    }

    /** The value of an empty struct type (unnamed or defined): it has no fields, so it is its own zero. */
    record EmptyStruct(Type type) implements Constant {
    }

    /** The zero value of any type of the subset. */
    static Constant zero(Type type) {
        if (type instanceof Type.Array a) {
            return new ArrayZero(a);
        }
        if (type.underlying() instanceof Type.Struct) {
            return new EmptyStruct(type);
        }
        if (type instanceof Type.Basic b) {
            switch (b.kind()) {
                case INT: return new IntConst(0);
                case STRING: return new StringConst("");
                case BOOL: return new BoolConst(false);
                default: throw new AssertionError(b);
            }
        }
        return new NilConst(type);
    }
}

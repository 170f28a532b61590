package defercheck.semantics;

import defercheck.ir.BasicKind;
import defercheck.ir.Function;
import defercheck.ir.Type;
import java.util.Arrays;

/**
 * A run-time value. Every value carries its type, which is its static type and, inside an interface, its
 * dynamic type: interface values need no wrapper, and a nil interface is a {@link NilValue} of the interface
 * type. Scalars are immutable. A struct or an array is a mutable container owned by exactly one location (a
 * variable, a field, an element); loading it from its location copies it ({@link Values#copy}), and storing
 * into a location that already holds one copies into it ({@link Values#assignInto}), so pointers into it stay
 * valid. Strings are byte strings: one char 0..255 per byte.
 */
public sealed interface Value {

    Type type();

    /** The dynamic type's name as the runtime spells it in "interface conversion" messages. */
    default String dynamicTypeName() {
        return type().runtimeName();
    }

    /**
     * An integer of any integer type: its bits, sign-extended for signed types and zero-extended for unsigned ones
     * narrower than 64 bits (the compact constructor normalizes).
     */
    record IntValue(Type type, long value) implements Value {
        public IntValue {
            value = normalize(type.basicKind(), value);
        }

        public IntValue(long value) {
            this(Type.INT, value);
        }

        /** Truncates {@code bits} to the width of {@code kind}, Go's wrap-around. */
        public static long normalize(BasicKind kind, long bits) {
            if (kind == null) {
                return bits;
            }
            return switch (kind) {
                case INT8 -> (byte) bits;
                case INT16 -> (short) bits;
                case INT32 -> (int) bits;
                case UINT8 -> bits & 0xFF;
                case UINT16 -> bits & 0xFFFF;
                case UINT32 -> bits & 0xFFFF_FFFFL;
                default -> bits;
            };
        }

        public boolean unsigned() {
            BasicKind k = type.basicKind();
            return k != null && k.isUnsigned();
        }
    }

    /** A float32 (already rounded to float precision) or float64. */
    record FloatValue(Type type, double value) implements Value { }

    record ComplexValue(Type type, double re, double im) implements Value { }

    record StringValue(Type type, String value) implements Value {
        public StringValue(String value) {
            this(Type.STRING, value);
        }
    }

    record BoolValue(Type type, boolean value) implements Value {
        public static final BoolValue TRUE = new BoolValue(Type.BOOL, true);
        public static final BoolValue FALSE = new BoolValue(Type.BOOL, false);

        public static BoolValue of(boolean b) {
            return b ? TRUE : FALSE;
        }
    }

    /**
     * A struct: a mutable container of its fields' values. Go's == is {@link Values#equal}; this record's
     * equality is identity of the container, the memory it stands for.
     */
    record StructValue(Type type, Value[] fields) implements Value {
        @Override
        public String toString() {
            return ValueFormat.debug(this);
        }
    }

    /** An array: a mutable container of exactly {@code length} elements, which slices of it share. */
    record ArrayValue(Type type, Value[] elements) implements Value {
        @Override
        public String toString() {
            return ValueFormat.debug(this);
        }
    }

    /** A non-nil pointer: the location it points to; equal pointers point to the same location. */
    record PointerValue(Type type, Ref target) implements Value { }

    /** A non-nil slice: a window {@code [offset, offset+len)} of {@code array}, with room up to {@code cap}. */
    record SliceValue(Type type, Value[] array, int offset, int len, int cap) implements Value {
        public Value get(int i) {
            return array[offset + i];
        }
    }

    /** A non-nil map: a reference to its entries. */
    record MapValue(Type type, MapStore store) implements Value { }

    /** A non-nil channel: a reference to its {@link Channel} (the runtime's hchan); equal when it is the same one. */
    record ChanValue(Type type, Channel channel) implements Value { }

    /** The nil of a pointer, func, slice, map, channel or interface type (a nil interface has the interface type). */
    record NilValue(Type type) implements Value {
        public boolean isNilInterface() {
            return type.isInterface();
        }

        @Override
        public String dynamicTypeName() {
            return type.isInterface() ? "nil" : type.runtimeName();
        }
    }

    /**
     * A func value: the function and the boxes of the variables it captured (shared, by reference). A method value
     * {@code x.M} has its evaluated receiver in {@code receiver}, which a call passes as the first argument.
     */
    record FuncValue(Type type, Function function, Box[] captures, Value receiver) implements Value {
        public FuncValue(Function function, Box[] captures) {
            this(function.type(), function, captures, null);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FuncValue f && f.function == function && Arrays.equals(f.captures, captures)
                    && f.receiver == receiver;
        }

        @Override
        public int hashCode() {
            return function.id() * 31 + Arrays.hashCode(captures);
        }

        @Override
        public String toString() {
            return "func " + function.name();
        }
    }

    /**
     * An error the runtime makes: {@code runtime.errorString} (divide by zero, nil dereference),
     * {@code runtime.boundsError}, {@code *runtime.TypeAssertionError}, {@code *runtime.PanicNilError}.
     * {@code message} is what Error() returns.
     */
    record RuntimeErrorValue(RuntimeErrorKind kind, String message) implements Value {
        @Override
        public Type type() {
            return kind.type();
        }

        @Override
        public String dynamicTypeName() {
            return kind.goType();
        }
    }
}

package defercheck.semantics;

import defercheck.ir.Function;
import defercheck.ir.Type;
import java.util.Arrays;
import java.util.List;

/**
 * A run-time value. Interface values need no wrapper: every value knows its dynamic type, and a nil
 * interface or nil func is {@link NilValue}.
 */
public sealed interface Value {

    /** The dynamic type's name as the runtime spells it in "interface conversion" messages. */
    String dynamicTypeName();

    record IntValue(long value) implements Value {
        @Override
        public String dynamicTypeName() {
            return "int";
        }
    }

    record StringValue(String value) implements Value {
        @Override
        public String dynamicTypeName() {
            return "string";
        }
    }

    record BoolValue(boolean value) implements Value {
        public static final BoolValue TRUE = new BoolValue(true);
        public static final BoolValue FALSE = new BoolValue(false);

        public static BoolValue of(boolean b) {
            return b ? TRUE : FALSE;
        }

        @Override
        public String dynamicTypeName() {
            return "bool";
        }
    }

    /**
     * An array: {@code elements} holds exactly {@code type.length()} values. Immutable, so copying an array
     * (assignment, argument, result) is sharing this record.
     */
    record ArrayValue(Type.Array type, List<Value> elements) implements Value {
        public ArrayValue {
            elements = List.copyOf(elements);
        }

        @Override
        public String dynamicTypeName() {
            return type.runtimeName();
        }
    }

    /** A value of an empty struct type, {@code struct{}} or a defined one; all values of a type are equal. */
    record StructValue(Type type) implements Value {
        @Override
        public String dynamicTypeName() {
            return type.runtimeName();
        }
    }

    /** A non-nil pointer: the box of the variable it points to; two pointers are equal when the box is the same. */
    record PointerValue(Type.Pointer type, Box target) implements Value {
        @Override
        public String dynamicTypeName() {
            return type.runtimeName();
        }
    }

    /** A nil interface ({@code type} is an interface type), a nil func or a nil pointer (its func or pointer type). */
    record NilValue(Type type) implements Value {
        @Override
        public String dynamicTypeName() {
            return type.isInterface() ? "nil" : type.runtimeName();
        }

        public boolean isNilInterface() {
            return type.isInterface();
        }
    }

    /** A func value: the function and the boxes of the variables it captured (shared, by reference). */
    record FuncValue(Function function, Box[] captures) implements Value {
        @Override
        public String dynamicTypeName() {
            return function.type().runtimeName();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FuncValue f && f.function == function && Arrays.equals(f.captures, captures);
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
     * {@code *runtime.TypeAssertionError}, {@code *runtime.PanicNilError}. {@code message} is what Error() returns.
     */
    record RuntimeErrorValue(RuntimeErrorKind kind, String message) implements Value {
        @Override
        public String dynamicTypeName() {
            return kind.goType();
        }
    }
}

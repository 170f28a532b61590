package defercheck.ir;

import java.util.List;
import java.util.stream.Collectors;

/** The static types of the Go subset. {@link #toString()} spells them as gc does in messages. */
public sealed interface Type {

    Type INT = new Basic(BasicKind.INT);
    Type STRING = new Basic(BasicKind.STRING);
    Type BOOL = new Basic(BasicKind.BOOL);
    Type ANY = new Interface(false);
    Type ERROR = new Interface(true);
    /** The type of an untyped nil before it meets a context. */
    Type UNTYPED_NIL = new UntypedNil();
    /** The type of something already reported as an error or as unsupported: operands of it stay silent. */
    Type INVALID = new Invalid();

    enum BasicKind { INT, STRING, BOOL }

    record Basic(BasicKind kind) implements Type {
        @Override
        public String toString() {
            return kind.name().toLowerCase();
        }
    }

    /** {@code any}/{@code interface{}} when {@code error} is false, else the predeclared {@code error}. */
    record Interface(boolean error) implements Type {
        @Override
        public String toString() {
            return error ? "error" : "interface {}";
        }
    }

    record Func(List<Type> params, List<Type> results) implements Type {
        public Func {
            params = List.copyOf(params);
            results = List.copyOf(results);
        }

        @Override
        public String toString() {
            String ps = params.stream().map(Type::toString).collect(Collectors.joining(", "));
            String rs = results.stream().map(Type::toString).collect(Collectors.joining(", "));
            return "func(" + ps + ")" + (results.isEmpty() ? "" : results.size() == 1 ? " " + rs : " (" + rs + ")");
        }

        @Override
        public String runtimeName() {
            String ps = params.stream().map(Type::runtimeName).collect(Collectors.joining(", "));
            String rs = results.stream().map(Type::runtimeName).collect(Collectors.joining(", "));
            return "func(" + ps + ")" + (results.isEmpty() ? "" : results.size() == 1 ? " " + rs : " (" + rs + ")");
        }
    }

    /** {@code [length]elem}; arrays are values, so copying one copies its elements. */
    record Array(long length, Type elem) implements Type {
        @Override
        public String toString() {
            return "[" + length + "]" + elem;
        }

        @Override
        public String runtimeName() {
            return "[" + length + "]" + elem.runtimeName();
        }
    }

    /** {@code *elem}. */
    record Pointer(Type elem) implements Type {
        @Override
        public String toString() {
            return "*" + elem;
        }

        @Override
        public String runtimeName() {
            return "*" + elem.runtimeName();
        }
    }

    /** The empty struct type {@code struct{}}: every value of it is the same. */
    record Struct() implements Type {
        @Override
        public String toString() {
            return "struct{}";
        }

        @Override
        public String runtimeName() {
            return "struct {}";
        }
    }

    /**
     * A defined type {@code type name underlying} at package level; {@code declared} keeps two declarations of
     * the same name distinct types.
     */
    record Named(String name, Type underlying, defercheck.source.Span declared) implements Type {
        @Override
        public String toString() {
            return name;
        }

        @Override
        public String runtimeName() {
            return "main." + name;
        }
    }

    record Invalid() implements Type {
        @Override
        public String toString() {
            return "invalid type";
        }
    }

    record UntypedNil() implements Type {
        @Override
        public String toString() {
            return "untyped nil";
        }
    }

    default boolean isInterface() {
        return this instanceof Interface;
    }

    /** How the runtime spells the type (reflect's String): defined types are qualified, {@code main.T}. */
    default String runtimeName() {
        return toString();
    }

    /** The underlying type (Go spec "Underlying types"): a defined type's, else the type itself. */
    default Type underlying() {
        return this instanceof Named n ? n.underlying() : this;
    }

    /**
     * Distinct types with identical underlying types, one of them unnamed ({@code terr} and {@code struct{}}):
     * assignable in Go, but outside the subset because a value's dynamic type would change on the way.
     */
    static boolean differOnlyInName(Type a, Type b) {
        return !a.equals(b) && (a instanceof Named || b instanceof Named) && a.underlying().equals(b.underlying());
    }

    /** Whether nil is a value of this type (Go spec "Assignability": pointer, function and interface types here). */
    default boolean isNilable() {
        return this instanceof Interface || this instanceof Func || this instanceof Pointer;
    }

    /**
     * Go spec "Comparison operators": == is defined on every type of the subset except funcs (which compare
     * only with nil) and arrays of them.
     */
    default boolean isComparable() {
        if (this instanceof Func) {
            return false;
        }
        return !(this instanceof Array a) || a.elem().isComparable();
    }

    /** How go/types names the kind of a composite type in "operator < not defined on array". */
    default String kindName() {
        if (this instanceof Array) {
            return "array";
        } else if (this instanceof Pointer) {
            return "pointer";
        } else if (this instanceof Func) {
            return "func";
        } else if (this instanceof Interface) {
            return "interface";
        } else if (this instanceof Struct) {
            return "struct";
        } else if (this instanceof Named n) {
            return n.underlying().kindName();
        }
        return toString();
    }
}

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
}

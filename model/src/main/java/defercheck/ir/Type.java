package defercheck.ir;

import defercheck.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * The static types of Go. Unnamed types are structural (records: identical types are equal); defined types
 * and type parameters are identities. {@link #toString()} spells a type as gc does in messages,
 * {@link #runtimeName()} as the runtime and reflect do in panics ({@code interface {}}, {@code main.T},
 * {@code struct { a int }}); both are in {@link TypeNames}.
 */
public sealed interface Type permits Type.Basic, Type.Pointer, Type.Array, Type.Slice, Type.Map, Type.Chan,
        Type.Func, Type.Struct, Type.Interface, Type.Named, Type.TypeParam, Type.Invalid {

    Basic BOOL = new Basic(BasicKind.BOOL);
    Basic INT = new Basic(BasicKind.INT);
    Basic INT8 = new Basic(BasicKind.INT8);
    Basic INT16 = new Basic(BasicKind.INT16);
    Basic INT32 = new Basic(BasicKind.INT32);
    Basic INT64 = new Basic(BasicKind.INT64);
    Basic UINT = new Basic(BasicKind.UINT);
    Basic UINT8 = new Basic(BasicKind.UINT8);
    Basic UINT16 = new Basic(BasicKind.UINT16);
    Basic UINT32 = new Basic(BasicKind.UINT32);
    Basic UINT64 = new Basic(BasicKind.UINT64);
    Basic UINTPTR = new Basic(BasicKind.UINTPTR);
    Basic FLOAT32 = new Basic(BasicKind.FLOAT32);
    Basic FLOAT64 = new Basic(BasicKind.FLOAT64);
    Basic COMPLEX64 = new Basic(BasicKind.COMPLEX64);
    Basic COMPLEX128 = new Basic(BasicKind.COMPLEX128);
    Basic STRING = new Basic(BasicKind.STRING);
    /** The alias byte: identical to uint8, spelled byte where the source says so. */
    Basic BYTE = new Basic(BasicKind.UINT8, "byte");
    /** The alias rune: identical to int32. */
    Basic RUNE = new Basic(BasicKind.INT32, "rune");
    Basic UNTYPED_BOOL = new Basic(BasicKind.UNTYPED_BOOL);
    Basic UNTYPED_INT = new Basic(BasicKind.UNTYPED_INT);
    Basic UNTYPED_RUNE = new Basic(BasicKind.UNTYPED_RUNE);
    Basic UNTYPED_FLOAT = new Basic(BasicKind.UNTYPED_FLOAT);
    Basic UNTYPED_COMPLEX = new Basic(BasicKind.UNTYPED_COMPLEX);
    Basic UNTYPED_STRING = new Basic(BasicKind.UNTYPED_STRING);
    /** The type of an untyped nil before it meets a context. */
    Basic UNTYPED_NIL = new Basic(BasicKind.UNTYPED_NIL);
    /** {@code any}: the empty interface, spelled "any" where the source says any. */
    Interface ANY = Interface.any();
    /** The predeclared {@code error}: a defined type without package, underlying {@code interface{ Error() string }}. */
    Named ERROR = Named.universeError();
    /** The type of something already reported as an error or as unsupported: operands of it stay silent. */
    Type INVALID = new Invalid();

    /**
     * Initialises this interface, and with it the type classes its constants are made of, on the calling
     * thread. Their initialisation is a cycle: a record such as {@link Func} initialises this interface first
     * (it has default methods), whose constants make Funcs ({@link #ERROR}'s method). Two threads that touch
     * the two first, at once, wait for each other forever (JVMS 5.5). Code that starts threads which compile or
     * run programs calls this before it starts them.
     */
    static void load() {
        Objects.requireNonNull(INVALID);
    }

    /** A predeclared basic type or an untyped kind; identity is the kind (byte is uint8). */
    final class Basic implements Type {
        private final BasicKind kind;
        private final String name;

        public Basic(BasicKind kind) {
            this(kind, kind.goName());
        }

        public Basic(BasicKind kind, String name) {
            this.kind = kind;
            this.name = name;
        }

        public BasicKind kind() {
            return kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Basic b && b.kind == kind;
        }

        @Override
        public int hashCode() {
            return kind.hashCode();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code *elem}. */
    record Pointer(Type elem) implements Type {
        @Override
        public String toString() {
            return TypeNames.gc(this);
        }
    }

    /** {@code [length]elem}; arrays are values, so copying one copies its elements. */
    record Array(long length, Type elem) implements Type {
        @Override
        public String toString() {
            return TypeNames.gc(this);
        }
    }

    /** {@code []elem}: a reference to a window of a backing array. */
    record Slice(Type elem) implements Type {
        @Override
        public String toString() {
            return TypeNames.gc(this);
        }
    }

    /** {@code map[key]value}. */
    record Map(Type key, Type value) implements Type {
        @Override
        public String toString() {
            return TypeNames.gc(this);
        }
    }

    /** {@code chan elem}, send-only or receive-only. */
    record Chan(ChanDir dir, Type elem) implements Type {
        @Override
        public String toString() {
            return TypeNames.gc(this);
        }
    }

    /** A channel's direction. */
    enum ChanDir { BOTH, SEND, RECV }

    /**
     * A signature; for a variadic one the last parameter's type is the slice type {@code []T}. {@code names}
     * holds the parameter names then the result names as written ("" for an unnamed one), or is empty: gc prints
     * them, identity ignores them.
     */
    record Func(List<Type> params, List<Type> results, boolean variadic, List<String> names) implements Type {
        public Func {
            params = List.copyOf(params);
            results = List.copyOf(results);
            names = List.copyOf(names);
        }

        public Func(List<Type> params, List<Type> results) {
            this(params, results, false, List.of());
        }

        public Func(List<Type> params, List<Type> results, boolean variadic) {
            this(params, results, variadic, List.of());
        }

        /** The same signature without names. */
        public Func unnamed() {
            return names.isEmpty() ? this : new Func(params, results, variadic, List.of());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Func f && f.params.equals(params) && f.results.equals(results) && f.variadic == variadic;
        }

        @Override
        public int hashCode() {
            return Objects.hash(params, results, variadic);
        }

        @Override
        public String toString() {
            return TypeNames.gc(this);
        }
    }

    /** A struct type: its fields in declaration order. */
    record Struct(List<Field> fields) implements Type {
        public Struct {
            fields = List.copyOf(fields);
        }

        /** The empty struct {@code struct{}}. */
        public Struct() {
            this(List.of());
        }

        @Override
        public String toString() {
            return TypeNames.gc(this);
        }
    }

    /** A struct field; an embedded one is named after its type. {@code tag} is "" without a tag. */
    record Field(String name, Type type, boolean embedded, String tag) { }

    /** A method of an interface: its name and signature (without receiver). */
    record Method(String name, Func type) { }

    /**
     * An interface type: its complete method set sorted by name (embedded interfaces already merged) and, for
     * a constraint, its type terms ({@code null}: no restriction) and whether it embeds comparable. Identity is
     * the method set and terms; {@code spelledAny} only decides how gc prints it.
     */
    final class Interface implements Type {
        private final List<Method> methods;
        private final List<Term> terms;
        private final boolean comparable;
        private final boolean spelledAny;

        public Interface(List<Method> methods, List<Term> terms, boolean comparable) {
            this(methods, terms, comparable, false);
        }

        private Interface(List<Method> methods, List<Term> terms, boolean comparable, boolean spelledAny) {
            List<Method> sorted = new ArrayList<>(methods);
            sorted.sort(Comparator.comparing(Method::name));
            this.methods = List.copyOf(sorted);
            this.terms = terms == null ? null : List.copyOf(terms);
            this.comparable = comparable;
            this.spelledAny = spelledAny;
        }

        static Interface any() {
            return new Interface(List.of(), null, false, true);
        }

        /** The empty interface as written {@code interface{}}. */
        public static Interface empty() {
            return new Interface(List.of(), null, false, false);
        }

        public List<Method> methods() {
            return methods;
        }

        public List<Term> terms() {
            return terms;
        }

        public boolean comparableConstraint() {
            return comparable;
        }

        public boolean spelledAny() {
            return spelledAny;
        }

        public boolean isEmpty() {
            return methods.isEmpty() && terms == null && !comparable;
        }

        /** Whether this interface only constrains type parameters (it has terms or embeds comparable). */
        public boolean isConstraint() {
            return terms != null || comparable;
        }

        public Method method(String name) {
            for (Method m : methods) {
                if (m.name().equals(name)) {
                    return m;
                }
            }
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Interface i && i.methods.equals(methods) && Objects.equals(i.terms, terms)
                    && i.comparable == comparable;
        }

        @Override
        public int hashCode() {
            return Objects.hash(methods, terms, comparable);
        }

        @Override
        public String toString() {
            return TypeNames.gc(this);
        }
    }

    /** A term of a type set: {@code ~T} when {@code tilde}. */
    record Term(boolean tilde, Type type) { }

    /**
     * A defined type: {@code type T U} in package main (or a universe type such as error), or an instance of a
     * generic type. Its underlying type is set once the declaration is resolved (recursive types refer to the
     * Named before). Its methods are added as they are declared; the lowering fills in which function
     * implements each method for values of T and of *T.
     */
    final class Named implements Type {
        private final String name;
        private final String pkg;
        private final Span declared;
        private final List<Type> typeArgs;
        private final int local;
        private Type underlying;
        private final java.util.Map<String, MethodDecl> methods = new LinkedHashMap<>();
        private final java.util.Map<String, Integer> valueSet = new LinkedHashMap<>();
        private final java.util.Map<String, Integer> pointerSet = new LinkedHashMap<>();

        /**
         * @param local 0 for a package-level type; for a type declared inside a function, its number among the
         *              function's local types of that name (the runtime spells them alike, gc tells them apart)
         */
        public Named(String name, String pkg, Span declared, List<Type> typeArgs, int local) {
            this.name = name;
            this.pkg = pkg;
            this.declared = declared;
            this.typeArgs = List.copyOf(typeArgs);
            this.local = local;
        }

        /** A package-level defined type of package main. */
        public Named(String name, Type underlying, Span declared) {
            this(name, "main", declared, List.of(), 0);
            this.underlying = underlying;
        }

        private static Named universeError() {
            Named e = new Named("error", "", Span.NONE, List.of(), 0);
            e.underlying = new Interface(List.of(new Method("Error", new Func(List.of(), List.of(STRING)))), null,
                    false);
            return e;
        }

        public String name() {
            return name;
        }

        /** "main", or "" for a universe type. */
        public String pkg() {
            return pkg;
        }

        public Span declared() {
            return declared;
        }

        public List<Type> typeArgs() {
            return typeArgs;
        }

        public int local() {
            return local;
        }

        @Override
        public Type underlying() {
            return underlying == null ? INVALID : underlying;
        }

        public void setUnderlying(Type u) {
            underlying = u;
        }

        /** Methods declared with T or *T as receiver, in declaration order. */
        public java.util.Map<String, MethodDecl> methods() {
            return methods;
        }

        public void addMethod(MethodDecl m) {
            methods.put(m.name(), m);
        }

        /** The function implementing each method of T's method set, for dynamic dispatch (set by the lowering). */
        public java.util.Map<String, Integer> valueMethodSet() {
            return valueSet;
        }

        /** The function implementing each method of *T's method set (value methods through a wrapper). */
        public java.util.Map<String, Integer> pointerMethodSet() {
            return pointerSet;
        }

        @Override
        public String toString() {
            return TypeNames.gc(this);
        }
    }

    /** A method declared on a defined type: {@code pointerRecv} for a {@code *T} receiver. */
    record MethodDecl(String name, Func type, boolean pointerRecv, Span declared) { }

    /** A type parameter of a generic function or type. */
    final class TypeParam implements Type {
        private final String name;
        private final int index;
        private Type constraint;

        public TypeParam(String name, int index) {
            this.name = name;
            this.index = index;
        }

        public String name() {
            return name;
        }

        public int index() {
            return index;
        }

        public Type constraint() {
            return constraint;
        }

        public void setConstraint(Type c) {
            constraint = c;
        }

        /**
         * Go spec "Comparison operators": a type parameter is comparable when its constraint embeds comparable or
         * every type of its type set is strictly comparable.
         */
        @Override
        public boolean isComparable() {
            if (!(constraint != null && constraint.underlying() instanceof Interface i)) {
                return false;
            }
            return i.comparableConstraint() || i.terms() != null && !i.terms().isEmpty()
                    && i.terms().stream().allMatch(t -> t.type().isComparable() && !t.type().isInterface());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Invalid() implements Type {
        @Override
        public String toString() {
            return "invalid type";
        }
    }

    /** How the runtime spells the type (reflect's String): defined types are qualified, {@code main.T}. */
    default String runtimeName() {
        return TypeNames.runtime(this);
    }

    /** The underlying type (Go spec "Underlying types"): a defined type's, else the type itself. */
    default Type underlying() {
        return this;
    }

    default boolean isInterface() {
        return underlying() instanceof Interface;
    }

    /** The basic kind of the underlying type, or null. */
    default BasicKind basicKind() {
        return underlying() instanceof Basic b ? b.kind() : null;
    }

    default boolean isUntyped() {
        return this instanceof Basic b && b.kind().isUntyped();
    }

    /** Whether nil is a value of this type (Go spec "Assignability"). */
    default boolean isNilable() {
        Type u = underlying();
        return u instanceof Interface || u instanceof Func || u instanceof Pointer || u instanceof Slice
                || u instanceof Map || u instanceof Chan || u instanceof Basic b && b.kind() == BasicKind.UNSAFE_POINTER;
    }

    /** Go spec "Comparison operators": comparable types. Slices, maps and funcs are not; structs and arrays per element. */
    default boolean isComparable() {
        Type u = underlying();
        if (u instanceof Slice || u instanceof Map || u instanceof Func) {
            return false;
        }
        if (u instanceof Array a) {
            return a.elem().isComparable();
        }
        if (u instanceof Struct s) {
            return s.fields().stream().allMatch(f -> f.type().isComparable());
        }
        return !(u instanceof Basic b && b.kind() == BasicKind.UNTYPED_NIL);
    }

    /** How go/types names the kind of a composite type in "operator < not defined on array". */
    default String kindName() {
        Type u = underlying();
        if (u instanceof Array) {
            return "array";
        } else if (u instanceof Slice) {
            return "slice";
        } else if (u instanceof Map) {
            return "map";
        } else if (u instanceof Chan) {
            return "chan";
        } else if (u instanceof Pointer) {
            return "pointer";
        } else if (u instanceof Func) {
            return "func";
        } else if (u instanceof Interface) {
            return "interface";
        } else if (u instanceof Struct) {
            return "struct";
        }
        return u.toString();
    }
}

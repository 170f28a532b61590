package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.ArrayType;
import defercheck.syntax.ast.BadType;
import defercheck.syntax.ast.ChanType;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Field;
import defercheck.syntax.ast.FieldDecl;
import defercheck.syntax.ast.FuncType;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.InterfaceType;
import defercheck.syntax.ast.MapType;
import defercheck.syntax.ast.MethodSpec;
import defercheck.syntax.ast.PointerType;
import defercheck.syntax.ast.SliceType;
import defercheck.syntax.ast.StructType;
import defercheck.syntax.ast.TypeExpr;
import defercheck.syntax.ast.TypeName;
import defercheck.syntax.ast.UnionType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Resolves written types to {@link Type}s (Go spec "Types"). Unresolvable types come back as null after an error. */
final class TypeResolver {

    /**
     * Arrays of more bytes are refused: gc rejects a type "larger than address space" (past 2^48 bytes on amd64),
     * and the model does not follow where between the two it starts to.
     */
    static final long MAX_BYTES = 1L << 40;

    private final Env env;

    TypeResolver(Env env) {
        this.env = env;
    }

    /** The type {@code t} denotes; null after an error, {@link Type#INVALID} after a refusal. */
    Type resolve(TypeExpr t) {
        if (t instanceof TypeName n) {
            return named(n);
        } else if (t instanceof InterfaceType i) {
            return iface(i);
        } else if (t instanceof FuncType f) {
            return signature(f);
        } else if (t instanceof ArrayType a) {
            return array(a);
        } else if (t instanceof StructType s) {
            return struct(s);
        } else if (t instanceof PointerType p) {
            Type elem = resolve(p.elem());
            return elem == null || elem == Type.INVALID ? elem : new Type.Pointer(elem);
        } else if (t instanceof SliceType s) {
            Type elem = resolve(s.elem());
            return elem == null || elem == Type.INVALID ? elem : new Type.Slice(elem);
        } else if (t instanceof MapType m) {
            return map(m);
        } else if (t instanceof ChanType) {
            return refuse(t, "channel types");
        } else if (t instanceof UnionType) {
            env.error(t.span(), "cannot use a type union outside a type constraint");
            return Type.INVALID;
        } else if (t instanceof BadType) {
            return null;
        }
        throw new AssertionError(t);
    }

    /** An expression that must denote a type (the first argument of make and new). Null after an error. */
    Type typeOf(Expr e) {
        Operand x = env.exprs.expr(e);
        if (x.invalid()) {
            return null;
        }
        if (x.mode() != Mode.TYPE) {
            env.error(e.span(), ExprPrinter.print(e) + " is not a type");
            return null;
        }
        return x.type();
    }

    private Type refuse(TypeExpr t, String construct) {
        env.unsupported(t.span(), construct);
        return Type.INVALID;
    }

    /** Set while resolving an interface's embedded element, where a constraint interface may appear. */
    private boolean embedding;

    private Type named(TypeName t) {
        if (t.pkg() != null) {
            return qualified(t);
        }
        String name = t.name().name();
        Obj o = env.scope().lookup(name);
        if (o instanceof GenericType g) {
            env.info.uses.put(t.name(), o);
            if (t.typeArgs().isEmpty()) {
                env.error(t.span(), "cannot use generic type " + name + " without instantiation");
                return null;
            }
            List<Type> args = new ArrayList<>();
            for (TypeExpr a : t.typeArgs()) {
                args.add(resolve(a));
            }
            return instance(g, args, t.typeArgs().stream().map(TypeExpr::span).toList(), t.span());
        }
        if (!t.typeArgs().isEmpty()) {
            env.error(t.span(), name + " is not a generic type");
            return null;
        }
        if (o instanceof TypeObj to) {
            env.info.uses.put(t.name(), o);
            boolean embedded = embedding;
            embedding = false;
            if (to.type() instanceof Type.Named n) {
                env.typeDecls.resolve(n);
            }
            if (!embedded && to.type().underlying() instanceof Type.Interface i && i.isConstraint()) {
                env.error(t.span(), "cannot use type " + name + " outside a type constraint: interface "
                        + (i.comparableConstraint() && i.terms() == null ? "is (or embeds) comparable"
                        : "contains type constraints"));
                return null;
            }
            return to.type();
        }
        if (o instanceof BadObj) {
            return Type.INVALID;
        }
        if (o == null) {
            env.error(t.span(), "undefined: " + name);
        } else {
            env.error(t.span(), name + " is not a type");
        }
        return null;
    }

    /**
     * {@code g[args]}: checks the count and the constraints, then makes (or finds) the instance. Null after an
     * error.
     */
    Type instance(GenericType g, List<Type> args, List<defercheck.source.Span> at, defercheck.source.Span whole) {
        if (args.contains(null) || args.contains(Type.INVALID)) {
            return args.contains(null) ? null : Type.INVALID;
        }
        env.generics.resolve(g);
        int want = g.typeParams().size();
        if (args.size() != want) {
            env.error(args.size() > want ? at.get(want) : whole, (args.size() > want ? "too many" : "not enough")
                    + " type arguments for type " + g.name() + ": have " + args.size() + ", want " + want);
            return null;
        }
        java.util.Map<Type.TypeParam, Type> m = new java.util.HashMap<>();
        for (int i = 0; i < want; i++) {
            m.put(g.typeParams().get(i), args.get(i));
        }
        Substitution s = new Substitution(m, env.generics);
        for (int i = 0; i < want; i++) {
            Type c = g.typeParams().get(i).constraint();
            if (c != null && !env.instantiation.satisfies(args.get(i), s.apply(c), at.get(i))) {
                return null;
            }
        }
        Type.Named n = env.generics.instantiate(g, args, whole);
        return n == null ? Type.INVALID : n;
    }

    /**
     * A type parameter's constraint: an interface (constraint interfaces allowed), or a union or single type,
     * which stands for {@code interface{ ... }} of it.
     */
    Type constraint(TypeExpr t) {
        if (t instanceof UnionType || !(t instanceof TypeName || t instanceof InterfaceType)) {
            List<Type.Term> terms = new ArrayList<>();
            for (UnionType.Term term : t instanceof UnionType u ? u.terms()
                    : List.of(new UnionType.Term(false, t, t.span()))) {
                Type x = resolve(term.type());
                if (x == null || x == Type.INVALID) {
                    return x;
                }
                if (x instanceof Type.TypeParam) {
                    env.error(term.type().span(), t instanceof UnionType ? "term cannot be a type parameter"
                            : "cannot use a type parameter as constraint");
                    return null;
                }
                terms.add(new Type.Term(term.tilde(), x));
            }
            return new Type.Interface(List.of(), terms, false);
        }
        boolean saved = embedding;
        embedding = true;
        try {
            Type x = resolve(t);
            if (x instanceof Type.TypeParam) {
                env.error(t.span(), "cannot use a type parameter as constraint");
                return null;
            }
            if (x != null && x != Type.INVALID && !(x.underlying() instanceof Type.Interface)) {
                return new Type.Interface(List.of(), List.of(new Type.Term(false, x)), false);
            }
            return x;
        } finally {
            embedding = saved;
        }
    }

    /** {@code pkg.T}: no package type is in the model yet; an unsupported package's are silent. */
    private Type qualified(TypeName t) {
        Obj o = env.scope().lookup(t.pkg().name());
        if (o instanceof PackageObj p) {
            p.markUsed();
            Obj member = p.library() == null ? null : p.library().member(t.name().name());
            if (member instanceof TypeObj to && env.library == null && !LibraryPackage.modelled(env.version)) {
                return refuse(t, "type " + p.path() + "." + t.name().name() + " on go1." + env.version.minor()
                        + " (the library is modelled from go1." + LibraryPackage.OLDEST + ")");
            }
            if (member instanceof TypeObj to) {
                if (env.library == null) {
                    p.library().markReferenced();
                }
                return to.type();
            }
            if (p.library() != null && Universe.libraryType(p.path() + "." + t.name().name()) == null) {
                return libraryNonType(t, p, member);
            }
            Type known = p.supported() ? Universe.libraryType(p.path() + "." + t.name().name()) : null;
            if (known != null) {
                return known;
            }
            return p.supported() ? refuse(t, "type " + p.path() + "." + t.name().name()) : Type.INVALID;
        }
        if (o instanceof BadObj) {
            return Type.INVALID;
        }
        env.error(t.pkg().span(), o == null ? "undefined: " + t.pkg().name() : t.pkg().name() + "." + t.name().name()
                + " is not a type");
        return null;
    }

    /** {@code pkg.X} as a type where X is not a type the declarations declare. */
    private Type libraryNonType(TypeName t, PackageObj p, Obj member) {
        String name = t.name().name();
        String shown = t.pkg().name() + "." + name;
        if (member instanceof FuncObj || member instanceof Var) {
            Type mt = member instanceof FuncObj f ? f.type() : ((Var) member).type();
            env.error(t.span(), shown + " (" + (member instanceof Var ? "variable" : "value") + " of type " + mt
                    + ") is not a type");
        } else if (member != null) {
            env.error(t.span(), shown + " is not a type");
        } else if (!LibraryPackage.exported(name)) {
            env.error(t.name().span(), LibraryPackage.notExported(name, p.name(), env.version));
        } else if (p.library().unsupported(name)) {
            return refuse(t, "type " + p.path() + "." + name);
        } else {
            env.error(t.span(), "undefined: " + shown);
        }
        return null;
    }

    /** {@code [N]T}: N must be a non-negative constant representable by int (go/types arrayLength). */
    private Type array(ArrayType t) {
        if (t.length() == null) {
            env.error(t.span(), "invalid use of [...] array (outside a composite literal)");
            return null;
        }
        // types2 arrayLength: a name that is not a constant is an error and not a use of the variable
        Operand n = t.length() instanceof Ident id
                ? env.assign.single(env.exprs.ident(id, false)) : env.exprs.value(t.length());
        Type elem = resolve(t.elem());
        if (elem == Type.INVALID) {
            return elem;
        }
        if (n.invalid() || elem == null) {
            return null;
        }
        Long length = arrayLength(t.length(), n);
        if (length == null) {
            return null;
        }
        Type.Array a = new Type.Array(length, elem);
        long elemSize = defercheck.ir.TypeSizes.size(elem);
        if (elemSize > 0 && length > MAX_BYTES / elemSize) {
            env.unsupported(t.span(), "large arrays", "array type " + a + " (more than 2^40 bytes)");
            return Type.INVALID;
        }
        return a;
    }

    /** The length of an array type or literal; null after an error. */
    Long arrayLength(Expr e, Operand n) {
        if (!n.isConstant()) {
            env.error(e.span(), "invalid array length " + ExprPrinter.print(e));
            return null;
        }
        BigInteger v = n.value().toInt();
        if (v == null || !(n.untyped() || Types.isInteger(n.type()))) {
            env.error(e.span(), "array length " + n.describe() + " must be integer");
            return null;
        }
        if (v.signum() < 0 || v.bitLength() > 63) {
            env.error(e.span(), "invalid array length " + n.describe());
            return null;
        }
        if (n.untyped()) {
            env.assign.finalizeUntyped(n, Type.INT);
        }
        return v.longValue();
    }

    /** How many scalar elements an array holds in all, nested arrays included; saturates instead of overflowing. */
    private Type map(MapType m) {
        Type k = resolve(m.key());
        Type v = resolve(m.value());
        if (k == Type.INVALID || v == Type.INVALID) {
            return Type.INVALID;
        }
        if (k == null || v == null) {
            return null;
        }
        if (!k.isComparable() && !(k.underlying() instanceof Type.TypeParam)) {
            env.error(m.key().span(), "invalid map key type " + k);
            return null;
        }
        return new Type.Map(k, v);
    }

    private Type struct(StructType s) {
        List<Type.Field> fields = new ArrayList<>();
        List<defercheck.source.Span> spans = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (FieldDecl d : s.fields()) {
            Type t = resolve(d.type());
            if (t == Type.INVALID) {
                return t;
            }
            if (t == null) {
                t = Type.INVALID;
            }
            String tag = d.tag() == null ? "" : d.tag().value();
            if (d.embedded()) {
                String name = embeddedName(d.type());
                Type base = t instanceof Type.Pointer p ? p.elem() : t;
                if (base instanceof Type.TypeParam) {
                    env.error(d.type().span(), "embedded field type cannot be a (pointer to a) type parameter");
                } else if (base.underlying() instanceof Type.Pointer || !(t instanceof Type.Pointer) && t.underlying() instanceof Type.Pointer) {
                    env.error(d.type().span(), "embedded field type cannot be a pointer");
                } else if (t instanceof Type.Pointer && base.isInterface()) {
                    env.error(d.type().span(), "embedded field type cannot be a pointer to an interface");
                }
                addField(fields, names, new Type.Field(name, t, true, tag), d.type().span());
                spans.add(d.type().span());
            } else {
                for (Ident n : d.names()) {
                    addField(fields, names, new Type.Field(n.name(), t, false, tag), n.span());
                    spans.add(n.span());
                }
            }
        }
        Type.Struct st = new Type.Struct(fields);
        env.info.fieldSpans.put(st, spans);
        return st;
    }

    private void addField(List<Type.Field> fields, Set<String> names, Type.Field f, defercheck.source.Span at) {
        if (!f.name().equals("_") && !names.add(f.name())) {
            env.error(at, f.name() + " redeclared");
        }
        fields.add(f);
    }

    static String embeddedName(TypeExpr t) {
        if (t instanceof PointerType p) {
            return embeddedName(p.elem());
        }
        return t instanceof TypeName n ? n.name().name() : "_";
    }

    /**
     * An interface: its own methods and those of embedded interfaces (Go spec "Embedded interfaces"), and the type
     * terms of a constraint ({@code int | ~string}, a non-interface type), which only generics may use.
     */
    private Type iface(InterfaceType i) {
        List<Type.Method> methods = new ArrayList<>();
        java.util.Map<String, defercheck.source.Span> declared = new java.util.HashMap<>();
        for (MethodSpec m : i.methods()) {
            defercheck.source.Span old = declared.get(m.name().name());
            if (old != null) {
                env.error(m.name().span(), duplicateMethod(m.name().name(), old));
                continue;
            }
            declared.put(m.name().name(), m.name().span());
            methods.add(new Type.Method(m.name().name(), signature(m.type())));
        }
        boolean comparable = false;
        List<Type.Term> terms = null;
        for (TypeExpr e : i.embeddeds()) {
            List<Type.Term> own;
            if (e instanceof UnionType u) {
                own = new ArrayList<>();
                for (UnionType.Term term : u.terms()) {
                    Type t = resolve(term.type());
                    if (t == null || t == Type.INVALID) {
                        return t;
                    }
                    if (t instanceof Type.TypeParam) {
                        env.error(term.type().span(), "term cannot be a type parameter");
                        return null;
                    }
                    own.add(new Type.Term(term.tilde(), t));
                }
            } else {
                boolean saved = embedding;
                embedding = true;
                Type t = resolve(e);
                embedding = saved;
                if (t instanceof Type.Named n && env.typeDecls.selfReference(n)) {
                    return Type.INVALID;
                }
                if (t == null || t == Type.INVALID) {
                    return t;
                }
                if (!(t.underlying() instanceof Type.Interface ei)) {
                    own = List.of(new Type.Term(false, t));
                } else {
                    comparable |= ei.comparableConstraint();
                    for (Type.Method m : ei.methods()) {
                        Type.Method have = find(methods, m.name());
                        if (have == null) {
                            methods.add(m);
                            declared.putIfAbsent(m.name(), e.span());
                        } else if (!have.type().equals(m.type())) {
                            env.error(e.span(), duplicateMethod(m.name(), declared.get(m.name())));
                        }
                    }
                    own = ei.terms();
                }
            }
            if (own != null) {
                terms = terms == null ? own : own.stream().filter(terms::contains).toList();
            }
        }
        if (methods.isEmpty() && terms == null && !comparable) {
            return Type.Interface.empty();
        }
        return new Type.Interface(methods, terms, comparable);
    }

    private String duplicateMethod(String name, defercheck.source.Span other) {
        return "duplicate method " + name + (other == null ? "" : "\n\t" + other.position() + ": other declaration of "
                + (env.version.atLeast(23) ? "method " : "") + name);
    }

    private static Type.Method find(List<Type.Method> ms, String name) {
        for (Type.Method m : ms) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    /** A signature with its parameter and result names, for gc's spelling. */
    Type.Func signature(FuncType f) {
        List<Type> params = new ArrayList<>();
        List<Type> results = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean named = false;
        for (int i = 0; i < f.params().size(); i++) {
            Field p = f.params().get(i);
            Type t = orInvalid(resolve(p.type()));
            if (p.variadic()) {
                if (i != f.params().size() - 1) {
                    env.error(p.span(), "can only use ... with final parameter in list");
                }
                t = t == Type.INVALID ? t : new Type.Slice(t);
            }
            params.add(t);
            names.add(p.name() == null ? "" : p.name().name());
            named |= p.name() != null;
        }
        for (Field r : f.results()) {
            results.add(orInvalid(resolve(r.type())));
            names.add(r.name() == null ? "" : r.name().name());
            named |= r.name() != null;
        }
        return new Type.Func(params, results, f.variadic(), named ? names : List.of());
    }

    private static Type orInvalid(Type t) {
        return t == null ? Type.INVALID : t;
    }
}

package defercheck.check;

import defercheck.ir.Type;
import defercheck.source.Diagnostic;
import defercheck.source.Span;
import defercheck.syntax.Diagnostics;
import defercheck.syntax.ast.Field;
import defercheck.syntax.ast.FuncDecl;
import defercheck.syntax.ast.PointerType;
import defercheck.syntax.ast.TypeExpr;
import defercheck.syntax.ast.TypeName;
import defercheck.syntax.ast.TypeSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Generic functions and types (Go spec "Type parameter declarations", "Instantiations"). A generic body is checked
 * once with its own type parameters, which decides whether the program compiles; each instantiation with concrete
 * type arguments then becomes a function or defined type of its own, checked again on its own copy of the
 * declaration with the type parameters' names bound to the arguments, so that the lowering and the machines see
 * only ordinary functions (gc stencils an instantiation per shape; the model stencils one per type list, which
 * behaves the same). Checks of an instantiation report nothing gc would: any complaint there is a refusal.
 */
final class Generics {

    /** A body to check with type parameters in scope: a generic function's or a generic type's method's. */
    private record GenericBody(FuncDecl decl, FuncInfo info, Scope scope) { }

    /**
     * gc rejects an instantiation cycle ({@code F[T]} instantiating {@code F[*T]}); the model stops at this many
     * instances of one generic declaration and refuses.
     */
    private static final int MAX_INSTANCES = 64;

    private final Env env;
    private final Map<FuncObj, Scope> instanceScopes = new IdentityHashMap<>();
    private final Map<Type.Named, GenericType> origins = new IdentityHashMap<>();
    private final Set<GenericType> resolved = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<GenericBody> bodies = new ArrayList<>();
    /** The generic declaration each instance was made from, and those whose generic check was refused. */
    private final Map<FuncObj, FuncDecl> instanceOf = new IdentityHashMap<>();
    private final Set<FuncDecl> refusedBodies = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The names bound to type arguments in instantiations: a conversion to one of them is never constant. */
    final Set<Obj> typeArgNames = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Above zero while an instantiation's body is checked: checks that gc makes only on generic code relax. */
    int instantiating;

    Generics(Env env) {
        this.env = env;
    }

    /** Declares the type parameters in {@code scope}, then resolves their constraints there. */
    List<Type.TypeParam> typeParams(List<Field> fields, Scope scope) {
        List<Type.TypeParam> out = new ArrayList<>();
        for (Field f : fields) {
            Type.TypeParam p = new Type.TypeParam(f.name().name(), out.size());
            out.add(p);
            if (!f.name().name().equals("_")) {
                if (scope.lookupLocal(f.name().name()) != null) {
                    env.error(f.name().span(), f.name().name() + " redeclared in this block");
                } else {
                    scope.insert(new TypeObj(f.name().name(), p));
                }
            }
        }
        return out;
    }

    void constraints(List<Field> fields, List<Type.TypeParam> params, Scope scope) {
        for (int i = 0; i < fields.size(); i++) {
            TypeExpr c = fields.get(i).type();
            Type t = inScope(scope, () -> env.types.constraint(c));
            params.get(i).setConstraint(t == null ? Type.INVALID : t);
        }
    }

    /** Runs {@code r} at package level with {@code scope} (a scope of type parameter bindings) innermost. */
    <T> T inScope(Scope scope, Supplier<T> r) {
        FuncContext ctx = env.ctx;
        Scope saved = env.typeScope;
        env.ctx = null;
        env.typeScope = scope;
        try {
            return r.get();
        } finally {
            env.ctx = ctx;
            env.typeScope = saved;
        }
    }

    /** A generic function declaration: bound by name; its body waits for {@link #checkGenericBodies}. */
    GenericFunc declareFunc(FuncDecl f) {
        Scope s = new Scope(env.pkg);
        List<Type.TypeParam> params = typeParams(f.typeParams(), s);
        constraints(f.typeParams(), params, s);
        Type.Func sig = inScope(s, () -> env.types.signature(f.type()));
        GenericFunc g = new GenericFunc(f.name().name(), f, params, sig);
        bodies.add(new GenericBody(f, new FuncInfo(sig, f.span(), f.body(), null), s));
        return g;
    }

    /** Binds a generic type's name; its constraints are resolved when first needed. */
    GenericType declareType(TypeSpec spec) {
        Scope s = new Scope(env.pkg);
        return new GenericType(spec.name().name(), spec, typeParams(spec.typeParams(), s));
    }

    /** Resolves a generic type's constraints and its own instance (with its parameters), once. */
    void resolve(GenericType g) {
        if (!resolved.add(g)) {
            return;
        }
        Scope s = new Scope(env.pkg);
        for (Type.TypeParam p : g.typeParams()) {
            if (!p.name().equals("_")) {
                s.insert(new TypeObj(p.name(), p));
            }
        }
        constraints(g.spec().typeParams(), g.typeParams(), s);
        instantiate(g, new ArrayList<>(g.typeParams()), g.spec().name().span());
    }

    /** Checks each generic body once, with its type parameters; problems gc would report are reported. */
    void checkGenericBodies() {
        for (int i = 0; i < bodies.size(); i++) {
            GenericBody b = bodies.get(i);
            env.info.funcs.put(b.decl(), b.info());
            Scope saved = env.typeScope;
            env.typeScope = b.scope();
            genericBodies++;
            try {
                if (refuseErrors(b.decl().name().span(), "generic code the model cannot check",
                        () -> env.stmts.funcBody(b.info(), b.decl().type(), b.decl().recv()))) {
                    refusedBodies.add(b.decl());
                }
            } finally {
                genericBodies--;
                env.typeScope = saved;
            }
        }
    }

    private int genericBodies;

    /** Whether a generic function's (or an instance's) body is being checked. */
    boolean inGenericBody() {
        return genericBodies > 0;
    }

    /** Whether {@code f} is an instantiation, whose body {@link #checkInstance} checks. */
    boolean isInstance(FuncObj f) {
        return instanceScopes.containsKey(f);
    }

    void checkInstance(FuncObj f) {
        if (refusedBodies.contains(instanceOf.get(f))) {
            return;
        }
        int locals = env.locals.size();
        Scope saved = env.typeScope;
        env.typeScope = instanceScopes.get(f);
        instantiating++;
        genericBodies++;
        try {
            refuseErrors(f.decl().name().span(), "an instantiation the model cannot check",
                    () -> env.stmts.funcBody(env.info.funcs.get(f.decl()), f.decl().type(), f.decl().recv()));
        } finally {
            instantiating--;
            genericBodies--;
            env.typeScope = saved;
            env.locals.subList(locals, env.locals.size()).clear();
        }
    }

    /**
     * Runs {@code r} with its diagnostics set aside: a refusal stays one, an error becomes a refusal of
     * {@code construct} at its position (the model may be wrong where gc is right).
     */
    boolean refuseErrors(Span at, String construct, Runnable r) {
        Diagnostics saved = env.diags;
        Diagnostics scratch = new Diagnostics();
        env.diags = scratch;
        try {
            r.run();
        } finally {
            env.diags = saved;
        }
        for (Diagnostic d : scratch.sorted()) {
            if (d.message().startsWith("unsupported: ")) {
                env.unsupported(d.span(), d.message().substring("unsupported: ".length()));
            } else {
                String first = d.message().lines().findFirst().orElse("");
                env.unsupported(d.span(), construct, construct + " (" + first + ")");
            }
            return true;
        }
        return false;
    }

    /** Whether {@code t} mentions a type parameter (then an instantiation with it stays generic). */
    static boolean generic(Type t) {
        return Substitution.mentionsTypeParam(t);
    }

    private static boolean generic(List<Type> ts) {
        return ts.stream().anyMatch(Generics::generic);
    }

    /** A scope binding each declared type parameter name to its argument. */
    private Scope bind(List<String> names, List<Type> args) {
        Scope s = new Scope(env.pkg);
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals("_") && s.lookupLocal(names.get(i)) == null) {
                TypeObj o = new TypeObj(names.get(i), args.get(i));
                s.insert(o);
                if (!(args.get(i) instanceof Type.TypeParam)) {
                    typeArgNames.add(o);
                }
            }
        }
        return s;
    }

    private static List<String> names(List<Field> fields) {
        return fields.stream().map(f -> f.name().name()).toList();
    }

    /**
     * The instance of generic function {@code g} for {@code args} (already checked against the constraints); null
     * when an argument is a type parameter (a generic use inside generic code, lowered only through its own
     * instantiations).
     */
    FuncObj instantiate(GenericFunc g, List<Type> args) {
        if (generic(args)) {
            return null;
        }
        FuncObj have = g.instances().get(args);
        if (have != null) {
            return have;
        }
        if (g.instances().size() >= MAX_INSTANCES) {
            env.unsupported(g.decl().name().span(), "instantiation cycle", "instantiation cycle or more than "
                    + MAX_INSTANCES + " instantiations of " + g.name());
            return null;
        }
        FuncDecl copy = AstCopy.copy(g.decl());
        Scope s = bind(names(g.decl().typeParams()), args);
        Type.Func sig = quietly(s, () -> env.types.signature(copy.type()));
        FuncObj obj = new FuncObj(g.name(), sig, copy, env.info.functions.size());
        g.instances().put(List.copyOf(args), obj);
        env.info.functions.add(obj);
        env.info.funcs.put(copy, new FuncInfo(sig, copy.span(), copy.body(), null));
        env.info.instances.add(obj);
        env.inits.declare(obj);
        instanceScopes.put(obj, s);
        instanceOf.put(obj, g.decl());
        return obj;
    }

    private <T> T quietly(Scope s, Supplier<T> r) {
        Diagnostics saved = env.diags;
        env.diags = new Diagnostics();
        try {
            return inScope(s, r);
        } finally {
            env.diags = saved;
        }
    }

    /** The defined type {@code g[args]}, made on first use with the methods declared so far. */
    Type.Named instantiate(GenericType g, List<Type> args, Span at) {
        resolve(g);
        Type.Named have = g.instances().get(args);
        if (have != null) {
            return have;
        }
        if (g.instances().size() >= MAX_INSTANCES) {
            env.unsupported(at, "instantiation cycle", "instantiation cycle or more than " + MAX_INSTANCES
                    + " instantiations of " + g.name());
            return null;
        }
        Type.Named n = new Type.Named(g.name(), "main", g.spec().name().span(), args, 0);
        g.instances().put(List.copyOf(args), n);
        origins.put(n, g);
        Scope s = bind(names(g.spec().typeParams()), args);
        boolean own = args.equals(g.typeParams());
        Supplier<Type> underlying = () -> env.types.resolve(g.spec().type());
        Type u = own ? inScope(s, underlying) : quietly(s, underlying);
        if (own && u instanceof Type.TypeParam) {
            env.error(g.spec().type().span(), "cannot use a type parameter as RHS in type declaration");
            u = Type.INVALID;
        }
        if (u instanceof Type.Named other) {
            env.typeDecls.resolve(other);
            u = other.underlying();
        }
        n.setUnderlying(u == null ? Type.INVALID : u);
        if (!generic(args)) {
            env.info.namedTypes.add(n);
        }
        for (FuncDecl m : List.copyOf(g.methods())) {
            attach(n, m, own);
        }
        return n;
    }

    /** The generic type {@code n} instantiates, or null. */
    GenericType origin(Type.Named n) {
        return origins.get(n);
    }

    /** A method declared on generic type {@code g}: every instance made so far gets it, and later ones too. */
    void declareMethod(GenericType g, FuncDecl f, TypeName base) {
        resolve(g);
        if (base.typeArgs().size() != g.typeParams().size()) {
            env.error(base.span(), "got " + base.typeArgs().size() + " type arguments but " + g.name() + " has "
                    + g.typeParams().size() + " type parameters");
            return;
        }
        for (TypeExpr a : base.typeArgs()) {
            if (!(a instanceof TypeName tn && tn.pkg() == null && tn.typeArgs().isEmpty())) {
                env.unsupported(a.span(), "receiver type parameter that is not a name");
                return;
            }
        }
        g.methods().add(f);
        for (Type.Named n : List.copyOf(g.instances().values())) {
            attach(n, f, n.typeArgs().equals(g.typeParams()));
        }
    }

    private static TypeName receiverBase(FuncDecl f) {
        TypeExpr rt = f.recv().type();
        return (TypeName) (rt instanceof PointerType p ? p.elem() : rt);
    }

    /**
     * Gives instance {@code n} the method {@code f}. With concrete type arguments the method becomes a function of
     * its own; on the generic type's own instance ({@code own}) its body is checked generically once.
     */
    private void attach(Type.Named n, FuncDecl f, boolean own) {
        boolean pointer = f.recv().type() instanceof PointerType;
        List<String> names = receiverBase(f).typeArgs().stream().map(a -> ((TypeName) a).name().name()).toList();
        boolean concrete = !generic(n.typeArgs());
        FuncDecl decl = concrete ? AstCopy.copy(f) : f;
        Scope s = bind(names, n.typeArgs());
        Supplier<Type.Func> signature = () -> env.types.signature(decl.type());
        Type.Func sig = own ? inScope(s, signature) : quietly(s, signature);
        String name = f.name().name();
        if (own && !name.equals("_") && !env.methodDecls.unique(f, n, name)) {
            return;
        }
        Type.MethodDecl m = new Type.MethodDecl(name, sig, pointer, f.name().span());
        if (!name.equals("_")) {
            n.addMethod(m);
        }
        List<Type> params = new ArrayList<>();
        params.add(pointer ? new Type.Pointer(n) : n);
        params.addAll(sig.params());
        Type.Func full = new Type.Func(params, sig.results(), sig.variadic());
        env.info.methodOwners.put(m, n);
        if (own) {
            bodies.add(new GenericBody(f, new FuncInfo(full, f.span(), f.body(), null), s));
        }
        if (!concrete) {
            return;
        }
        FuncObj obj = new FuncObj(name, full, decl, env.info.functions.size());
        env.info.functions.add(obj);
        env.info.funcs.put(decl, new FuncInfo(full, decl.span(), decl.body(), null));
        env.info.methodFuncs.put(m, obj);
        env.info.instances.add(obj);
        env.inits.declare(obj);
        instanceScopes.put(obj, s);
        instanceOf.put(obj, f);
    }
}

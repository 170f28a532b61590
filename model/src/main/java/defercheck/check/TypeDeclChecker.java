package defercheck.check;

import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ast.TypeSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Type declarations (Go spec "Type declarations"): each defined type is bound first, so that declarations may refer
 * to each other in any order, then its underlying type is resolved. A type that contains itself by value (not
 * through a pointer, slice, map, func or channel) is an invalid recursive type.
 */
final class TypeDeclChecker {

    private final Env env;
    private final Map<Type.Named, TypeSpec> pending = new IdentityHashMap<>();
    private final java.util.Set<Type.Named> resolving = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    TypeDeclChecker(Env env) {
        this.env = env;
    }

    /**
     * Binds a defined type's name in {@code scope} (refusing generic types and aliases); returns the Named, or null.
     * {@code local} numbers a type declared inside a function.
     */
    Type.Named bind(TypeSpec spec, Scope scope, int local) {
        String name = spec.name().name();
        if (spec.alias() && spec.typeParams().isEmpty() || !spec.typeParams().isEmpty() && scope == env.pkg) {
            bindOther(spec, scope);
            return null;
        }
        if (!spec.typeParams().isEmpty() || env.generics.inGenericBody()) {
            // gc accepts both; the runtime names such types after the enclosing instance, which the model does not
            env.unsupported(spec.name().span(), !spec.typeParams().isEmpty() ? "generic type declared inside a function"
                    : "type declarations inside generic functions");
            if (!name.equals("_") && scope.lookupLocal(name) == null) {
                scope.insert(new BadObj(name));
            }
            return null;
        }
        Type.Named n = new Type.Named(name, env.pkgName, spec.name().span(), List.of(), local);
        pending.put(n, spec);
        if (!name.equals("_")) {
            Obj old = scope.lookupLocal(name);
            if (old != null) {
                env.error(spec.name().span(), name + " redeclared in this block" + otherDeclaration(old));
            } else {
                scope.insert(new TypeObj(name, n));
            }
        }
        (env.library != null ? env.library.types : env.info.namedTypes).add(n);
        return n;
    }

    /** An alias (resolved on first lookup, or now inside a function) or a package-level generic type. */
    private void bindOther(TypeSpec spec, Scope scope) {
        String name = spec.name().name();
        Obj old = name.equals("_") ? null : scope.lookupLocal(name);
        if (old != null) {
            env.error(spec.name().span(), name + " redeclared in this block" + otherDeclaration(old));
            return;
        }
        if (!spec.alias()) {
            if (!name.equals("_")) {
                scope.insert(env.generics.declareType(spec));
            }
            return;
        }
        boolean[] resolving = {false};
        AliasObj alias = new AliasObj(name, () -> {
            if (resolving[0]) {
                env.unsupported(spec.name().span(), "recursive type alias");
                return new TypeObj(name, Type.INVALID);
            }
            resolving[0] = true;
            Type t = scope == env.pkg ? env.generics.inScope(env.pkg, () -> env.types.resolve(spec.type()))
                    : env.types.resolve(spec.type());
            return new TypeObj(name, t == null ? Type.INVALID : t);
        });
        if (name.equals("_")) {
            if (scope != env.pkg) {
                alias.resolve().get();
            }
            return;
        }
        scope.insert(alias);
        if (scope != env.pkg) {
            scope.lookupLocal(name);
        }
    }

    static String otherDeclaration(Obj old) {
        Span prev = old instanceof FuncObj f ? f.decl().name().span()
                : old instanceof Var v ? v.declared()
                : old instanceof TypeObj t && t.type() instanceof Type.Named n ? n.declared()
                : old instanceof ConstObj c && c.declared() != null ? c.declared()
                : old instanceof PackageObj p ? p.spec().span() : null;
        return prev == null ? "" : "\n\t" + prev.position() + ": other declaration of " + old.name();
    }

    /** Resolves the underlying type of a bound Named (once; a Named met while resolving resolves first). */
    void resolve(Type.Named n) {
        TypeSpec spec = pending.remove(n);
        if (spec == null) {
            return;
        }
        n.setUnderlying(Type.INVALID);
        resolving.add(n);
        Type t;
        try {
            t = env.types.resolve(spec.type());
        } finally {
            resolving.remove(n);
        }
        if (t instanceof Type.Named other) {
            resolve(other);
            t = other.underlying();
        }
        if (t == null || t == Type.INVALID) {
            n.setUnderlying(Type.INVALID);
            return;
        }
        if (t instanceof Type.Interface i && i.isConstraint()) {
            n.setUnderlying(t);
            return;
        }
        n.setUnderlying(t);
        List<Type.Named> cycle = cycle(n, n, new ArrayList<>());
        if (cycle != null) {
            reportCycle(n, cycle);
            n.setUnderlying(Type.INVALID);
        }
    }

    /** A path of defined types through which {@code t} contains {@code target} by value, or null. */
    private static List<Type.Named> cycle(Type t, Type.Named target, List<Type.Named> path) {
        Type u = t instanceof Type.Named n ? n.underlying() : t;
        if (path.size() > 64) {
            return null;
        }
        if (u instanceof Type.Struct s) {
            for (Type.Field f : s.fields()) {
                List<Type.Named> c = through(f.type(), target, path);
                if (c != null) {
                    return c;
                }
            }
        } else if (u instanceof Type.Array a) {
            return through(a.elem(), target, path);
        }
        return null;
    }

    private static List<Type.Named> through(Type t, Type.Named target, List<Type.Named> path) {
        if (t == target) {
            return path;
        }
        if (t instanceof Type.Named n) {
            if (path.contains(n)) {
                return null;
            }
            List<Type.Named> next = new ArrayList<>(path);
            next.add(n);
            return cycle(n, target, next);
        }
        return cycle(t, target, path);
    }

    private void reportCycle(Type.Named n, List<Type.Named> via) {
        if (via.isEmpty()) {
            env.error(n.declared(), "invalid recursive type " + n.name() + "\n\t" + n.declared().position() + ": "
                    + n.name() + " refers to " + n.name());
            return;
        }
        StringBuilder sb = new StringBuilder("invalid recursive type " + n.name());
        Type.Named from = n;
        for (Type.Named to : via) {
            sb.append("\n\t").append(from.declared().position()).append(": ").append(from.name()).append(" refers to ")
                    .append(to.name());
            from = to;
        }
        sb.append("\n\t").append(from.declared().position()).append(": ").append(from.name()).append(" refers to ")
                .append(n.name());
        env.error(n.declared(), sb.toString());
    }

    /**
     * Reports {@code n} used inside its own declaration where it must be complete (an interface embedding
     * itself); true when it is.
     */
    boolean selfReference(Type.Named n) {
        if (!resolving.contains(n)) {
            return false;
        }
        String pos = n.declared().position();
        env.error(n.declared(), env.version.atLeast(20) ? "invalid recursive type: " + n.name() + " refers to itself"
                : "invalid recursive type " + n.name() + "\n\t" + pos + ": " + n.name() + " refers to\n\t" + pos + ": "
                        + n.name());
        return true;
    }

    /** Resolves every type still pending (types bound but not yet reached in declaration order). */
    void resolveAll() {
        for (Type.Named n : new ArrayList<>(pending.keySet())) {
            resolve(n);
        }
    }
}

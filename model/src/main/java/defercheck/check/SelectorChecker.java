package defercheck.check;

import defercheck.ir.Builtin;
import defercheck.ir.Type;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.SelectorExpr;
import java.util.List;

/**
 * Selectors {@code x.f} (Go spec "Selectors"): package members, struct fields (through embedded fields and
 * pointers), and methods, which MethodChecker handles.
 */
final class SelectorChecker {

    private final Env env;

    SelectorChecker(Env env) {
        this.env = env;
    }

    Operand selector(SelectorExpr e) {
        if (e.x() instanceof Ident id && env.scope().lookup(id.name()) instanceof PackageObj) {
            return member(e, (PackageObj) env.exprs.ident(id, true).obj());
        }
        Operand x = env.exprs.expr(e.x());
        if (x.invalid()) {
            return Operand.invalid(e);
        }
        if (x.mode() == Mode.TYPE) {
            if (!env.version.atLeast(20) && x.type().isInterface() && Generics.generic(x.type())) {
                // go1.19 compiles it but cannot link it (golang/go#51521)
                env.unsupported(e.span(), "method expression of an interface type with type parameters on go1.19");
                return Operand.invalid(e);
            }
            return env.methods.methodExpr(e, x.type());
        }
        x = env.assign.single(x);
        if (x.invalid()) {
            return Operand.invalid(e);
        }
        if (x.mode() == Mode.NIL || x.untyped()) {
            return undefined(e, x);
        }
        String name = e.sel().name();
        if (x.type() instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Interface) {
            env.error(e.sel().span(), ExprPrinter.print(e) + " undefined (type " + x.type()
                    + " is pointer to interface, not interface)");
            return Operand.invalid(e);
        }
        Lookup.Selection s = Lookup.find(derefUnnamed(x.type()), name);
        if (x.type() instanceof Type.Named n && n.underlying() instanceof Type.Pointer p) {
            s = definedPointerField(p, name);
        }
        if (s != null && x.type().underlying() instanceof Type.Pointer && !s.indirect()) {
            s = new Lookup.Selection(s.kind(), s.path(), true, s.fieldType(), s.recvBase(), s.method(), s.ifaceMethod());
        }
        if (!LibraryPackage.exported(name) && !name.equals("_") && opaque(x.type())) {
            // gc's message depends on the real type's unexported fields, which this declaration does not mirror
            env.unsupported(e.span(), "unexported field or method " + name + " of a library type");
            return Operand.invalid(e);
        }
        if (s == null || name.equals("_")) {
            return libraryUndefined(e, x);
        }
        if (!LibraryPackage.exported(name) && foreign(x.type(), s)) {
            if (!env.version.atLeast(23)) {
                return undefined(e, x);
            }
            env.error(e.sel().span(), ExprPrinter.print(e) + " undefined (cannot refer to unexported "
                    + (s.kind() == Lookup.Selection.Kind.FIELD ? "field " : "method ") + name + ")");
            return Operand.invalid(e);
        }
        if (s.kind() == Lookup.Selection.Kind.AMBIGUOUS) {
            env.error(e.sel().span(), "ambiguous selector " + ExprPrinter.print(e));
            return Operand.invalid(e);
        }
        env.info.selections.put(e, s);
        if (s.kind() == Lookup.Selection.Kind.FIELD) {
            boolean addressable = x.mode() == Mode.VARIABLE || s.indirect();
            return Operand.of(addressable ? Mode.VARIABLE : Mode.VALUE, e, s.fieldType());
        }
        return env.methods.methodValue(e, x, s);
    }

    /**
     * {@code p.f} for a pointer to an unnamed struct is {@code (*p).f}; a pointer to a defined type is looked up
     * by Lookup itself (which also finds the pointer's methods).
     */
    private static Type derefUnnamed(Type t) {
        if (t instanceof Type.Pointer p && !(p.elem() instanceof Type.Named)) {
            return p.elem();
        }
        return t;
    }

    /**
     * Go spec "Selectors": for x of a defined pointer type, x.f is (*x).f when that denotes a field; a defined
     * pointer type has no methods.
     */
    private static Lookup.Selection definedPointerField(Type.Pointer p, String name) {
        Lookup.Selection s = Lookup.find(p.elem(), name);
        return s != null && s.kind() == Lookup.Selection.Kind.FIELD ? s : null;
    }

    /**
     * Whether the field or method {@code s} found from {@code t} belongs to a library package's type (its
     * unexported names are not visible to the program).
     */
    private boolean foreign(Type t, Lookup.Selection s) {
        if (s.kind() == Lookup.Selection.Kind.METHOD) {
            Type.Named owner = env.info.methodOwners.get(s.method());
            return owner != null && !owner.pkg().equals(env.pkgName);
        }
        Type owner = t instanceof Type.Pointer p ? p.elem() : t;
        for (int i = 0; i < s.path().size() - 1 && owner.underlying() instanceof Type.Struct st; i++) {
            Type f = st.fields().get(s.path().get(i)).type();
            owner = f instanceof Type.Pointer p ? p.elem() : f;
        }
        return owner instanceof Type.Named n && !n.pkg().equals(env.pkgName) && !n.pkg().isEmpty();
    }

    /** Whether {@code t} is or points to a library type whose declared fields are not the real type's. */
    private boolean opaque(Type t) {
        Type.Named n = libraryType(t);
        LibraryPackage lib = n == null ? null : env.info.libraries.get(n.pkg());
        return lib != null && lib.opaque(n.name());
    }

    /** The library type {@code t} is or points to, or null. */
    private Type.Named libraryType(Type t) {
        Type base = t instanceof Type.Pointer p ? p.elem() : t;
        return base instanceof Type.Named n && !n.pkg().equals(env.pkgName) && !n.pkg().isEmpty() ? n : null;
    }

    /** A missing field or method; one the real library type has and the model does not is refused. */
    private Operand libraryUndefined(SelectorExpr e, Operand x) {
        Type t = x.type() instanceof Type.Pointer p ? p.elem() : x.type();
        if (t instanceof Type.Named n && !n.pkg().equals(env.pkgName)) {
            LibraryPackage lib = env.info.libraries.get(n.pkg());
            if (lib != null && lib.unsupported(n.name() + "." + e.sel().name())) {
                env.unsupported(e.span(), n.pkg() + "." + n.name() + "." + e.sel().name());
                return Operand.invalid(e);
            }
        }
        return undefined(e, x);
    }

    private Operand undefined(SelectorExpr e, Operand x) {
        if (env.methodsRefused) {
            return Operand.invalid(e);
        }
        String what = x.mode() == Mode.NIL ? "untyped nil" : String.valueOf(x.type());
        env.error(e.sel().span(), ExprPrinter.print(e) + " undefined (type " + what + " has no field or method "
                + e.sel().name() + ")");
        return Operand.invalid(e);
    }

    /**
     * {@code pkg.Name}: a member the package's declarations declare (LibraryLoader), or one the machines
     * implement as a builtin; another exported name of the real package is refused, any other is undefined.
     */
    private Operand member(SelectorExpr e, PackageObj pkg) {
        if (!pkg.supported()) {
            return Operand.invalid(e);
        }
        String sel = e.sel().name();
        String name = pkg.path() + "." + sel;
        Obj declared = pkg.library() == null ? null : pkg.library().member(sel);
        if (declared != null) {
            if (env.library == null && !LibraryPackage.modelled(env.version)) {
                env.unsupported(e.span(), name + " on go1." + env.version.minor()
                        + " (the library is modelled from go1." + LibraryPackage.OLDEST + ")");
                return Operand.invalid(e);
            }
            return declaredMember(e, pkg.library(), declared);
        }
        Builtin b = Universe.MEMBERS.get(name);
        if (b != null) {
            return new Operand(Mode.BUILTIN, null, null, List.of(), e, new BuiltinObj(name, b));
        }
        if (!LibraryPackage.exported(sel)) {
            env.error(e.sel().span(), LibraryPackage.notExported(sel, pkg.name(), env.version));
        } else if (pkg.library() != null ? pkg.library().unsupported(sel) : Universe.exists(pkg.path(), sel)) {
            env.unsupported(e.span(), name);
        } else {
            env.error(e.sel().span(), "undefined: " + ExprPrinter.print(e));
        }
        return Operand.invalid(e);
    }

    private Operand declaredMember(SelectorExpr e, LibraryPackage lib, Obj o) {
        if (env.library == null) {
            lib.markReferenced();
        }
        env.info.uses.put(e.sel(), o);
        if (o instanceof FuncObj f) {
            env.info.packageMembers.add(e);
            return new Operand(Mode.VALUE, f.type(), null, List.of(), e, o);
        } else if (o instanceof Var v) {
            env.info.packageMembers.add(e);
            return new Operand(Mode.VARIABLE, v.type(), null, List.of(), e, v);
        } else if (o instanceof ConstObj c) {
            return new Operand(Mode.CONSTANT, c.type(), c.value(), List.of(), e, c);
        } else if (o instanceof TypeObj t) {
            return Operand.typeExpr(e, t.type());
        }
        throw new AssertionError(o);
    }
}

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
        if (s == null || name.equals("_")) {
            return undefined(e, x);
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

    private Operand undefined(SelectorExpr e, Operand x) {
        if (env.methodsRefused) {
            return Operand.invalid(e);
        }
        String what = x.mode() == Mode.NIL ? "untyped nil" : String.valueOf(x.type());
        env.error(e.sel().span(), ExprPrinter.print(e) + " undefined (type " + what + " has no field or method "
                + e.sel().name() + ")");
        return Operand.invalid(e);
    }

    /** {@code pkg.Name}: the members the model implements; other members of a supported package are refused. */
    private Operand member(SelectorExpr e, PackageObj pkg) {
        if (!pkg.supported()) {
            return Operand.invalid(e);
        }
        String name = pkg.path() + "." + e.sel().name();
        Builtin b = Universe.MEMBERS.get(name);
        if (b == null) {
            String sel = e.sel().name();
            if (!Character.isUpperCase(sel.codePointAt(0))) {
                env.error(e.sel().span(), "name " + sel + " not exported by package " + pkg.name());
            } else if (!Universe.exists(pkg.path(), sel)) {
                env.error(e.sel().span(), "undefined: " + ExprPrinter.print(e));
            } else {
                env.unsupported(e.span(), name);
            }
            return Operand.invalid(e);
        }
        return new Operand(Mode.BUILTIN, null, null, List.of(), e, new BuiltinObj(name, b));
    }
}

package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.SelectorExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Method values {@code x.M} (also as the callee of a method call) and method expressions {@code T.M} (Go spec
 * "Method values", "Method expressions", "Calls": {@code x.M()} is {@code (&x).M()} for a pointer method of an
 * addressable x, and {@code (*x).M()} for a value method of a pointer x).
 */
final class MethodChecker {

    private final Env env;

    MethodChecker(Env env) {
        this.env = env;
    }

    Operand methodValue(SelectorExpr e, Operand x, Lookup.Selection s) {
        if (s.kind() == Lookup.Selection.Kind.INTERFACE_METHOD) {
            return Operand.value(e, s.ifaceMethod().type());
        }
        Type.MethodDecl m = s.method();
        if (m.pointerRecv() && !s.indirect() && !(x.type() instanceof Type.Pointer)) {
            if (x.mode() != Mode.VARIABLE) {
                env.error(e.sel().span(), "cannot call pointer method " + m.name() + " on " + x.type());
                return Operand.invalid(e);
            }
            env.exprs.markAddressed(e.x());
        }
        referTo(m);
        return Operand.value(e, m.type());
    }

    /** {@code T.M} or {@code (*T).M}: a function whose first parameter is the receiver. */
    Operand methodExpr(SelectorExpr e, Type t) {
        Lookup.Selection s = Lookup.find(t, e.sel().name());
        if (s == null || !s.isMethod()) {
            env.error(e.sel().span(), ExprPrinter.print(e) + " undefined (type " + t + " has no method "
                    + e.sel().name() + ")");
            return Operand.invalid(e);
        }
        if (s.kind() == Lookup.Selection.Kind.METHOD && s.method().pointerRecv() && !(t instanceof Type.Pointer)
                && !s.indirect()) {
            env.error(e.sel().span(), env.version.atLeast(20)
                    ? "invalid method expression " + ExprPrinter.print(e) + " (needs pointer receiver (*" + t + ")."
                            + e.sel().name() + ")"
                    : "cannot call pointer method " + e.sel().name() + " on " + t);
            return Operand.invalid(e);
        }
        env.info.selections.put(e, s);
        env.info.methodExprs.add(e);
        if (s.kind() == Lookup.Selection.Kind.METHOD) {
            referTo(s.method());
        }
        Type.Func sig = Lookup.signature(s);
        List<Type> params = new ArrayList<>();
        params.add(t);
        params.addAll(sig.params());
        return Operand.value(e, new Type.Func(params, sig.results(), sig.variadic()));
    }

    /**
     * A method value or expression on a non-interface type is a reference to the method for the package's
     * initialization order (Go spec "Package initialization"); calls through an interface are not.
     */
    private void referTo(Type.MethodDecl m) {
        FuncObj f = env.info.methodFuncs.get(m);
        if (f != null) {
            env.inits.referTo(f);
        }
    }
}

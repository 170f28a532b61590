package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ast.SelectorExpr;

/** Method values {@code x.M} and method expressions {@code T.M} (Go spec "Method values", "Method expressions"). */
final class MethodChecker {

    private final Env env;

    MethodChecker(Env env) {
        this.env = env;
    }

    Operand methodValue(SelectorExpr e, Operand x, Lookup.Selection s) {
        env.unsupported(e.span(), "methods", "selector of method " + e.sel().name() + " (methods)");
        return Operand.invalid(e);
    }

    Operand methodExpr(SelectorExpr e, Type t) {
        env.unsupported(e.span(), "methods", "method expression (methods)");
        return Operand.invalid(e);
    }
}

package defercheck.check;

import defercheck.syntax.ast.BinaryExpr;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.CompositeLit;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.IndexExpr;
import defercheck.syntax.ast.KeyValueExpr;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.SelectorExpr;
import defercheck.syntax.ast.SliceExpr;
import defercheck.syntax.ast.StarExpr;
import defercheck.syntax.ast.TypeAssertExpr;
import defercheck.syntax.ast.UnaryExpr;
import java.util.function.Predicate;

/** Searches an expression tree (not into function literals' bodies). */
final class ExprWalk {

    private ExprWalk() {
    }

    static boolean any(Expr e, Predicate<Expr> p) {
        if (e == null) {
            return false;
        }
        if (p.test(e)) {
            return true;
        }
        if (e instanceof ParenExpr x) {
            return any(x.x(), p);
        } else if (e instanceof SelectorExpr x) {
            return any(x.x(), p);
        } else if (e instanceof IndexExpr x) {
            return any(x.x(), p) || x.indices().stream().anyMatch(i -> any(i, p));
        } else if (e instanceof SliceExpr x) {
            return any(x.x(), p) || any(x.lo(), p) || any(x.hi(), p) || any(x.max(), p);
        } else if (e instanceof CallExpr x) {
            return any(x.fun(), p) || x.args().stream().anyMatch(a -> any(a, p));
        } else if (e instanceof TypeAssertExpr x) {
            return any(x.x(), p);
        } else if (e instanceof UnaryExpr x) {
            return any(x.x(), p);
        } else if (e instanceof StarExpr x) {
            return any(x.x(), p);
        } else if (e instanceof BinaryExpr x) {
            return any(x.x(), p) || any(x.y(), p);
        } else if (e instanceof CompositeLit x) {
            return x.elts().stream().anyMatch(a -> any(a, p));
        } else if (e instanceof KeyValueExpr x) {
            return any(x.key(), p) || any(x.value(), p);
        }
        return false;
    }
}

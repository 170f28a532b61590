package defercheck.check;

import defercheck.syntax.ast.AssignStmt;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.ExprStmt;
import defercheck.syntax.ast.Stmt;
import defercheck.syntax.ast.UnaryExpr;
import defercheck.syntax.token.TokenKind;

/** The forms of a select case (Go spec "Select statements"), read the same way by the checker and the lowering. */
public final class SelectCases {

    private SelectCases() {
    }

    /**
     * The receive operation of a receive case ({@code <-ch}, {@code v = <-ch}, {@code v, ok := <-ch}), or null
     * when {@code comm} is not one.
     */
    public static UnaryExpr receive(Stmt comm) {
        Expr rhs = null;
        if (comm instanceof ExprStmt e) {
            rhs = e.x();
        } else if (comm instanceof AssignStmt a && a.rhs().size() == 1
                && (a.op() == TokenKind.ASSIGN || a.op() == TokenKind.DEFINE)) {
            rhs = a.rhs().get(0);
        }
        Expr x = rhs == null ? null : ExprChecker.unparen(rhs);
        return x instanceof UnaryExpr u && u.op() == TokenKind.ARROW ? u : null;
    }
}

package defercheck.check;

import defercheck.syntax.token.TokenKind;
import defercheck.syntax.ast.Block;
import defercheck.syntax.ast.BranchStmt;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.ExprStmt;
import defercheck.syntax.ast.ForStmt;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IfStmt;
import defercheck.syntax.ast.ReturnStmt;
import defercheck.syntax.ast.Stmt;

/**
 * Go spec "Terminating statements": return, a call of the builtin panic, a block ending in one, an if
 * with both branches terminating, and a for without condition and without a break that targets it.
 * os.Exit and runtime.Goexit are not terminating, as in Go.
 */
final class Terminating {

    private Terminating() {
    }

    static boolean isTerminating(Stmt s) {
        if (s instanceof ReturnStmt) {
            return true;
        } else if (s instanceof ExprStmt) {
            return isPanicCall((ExprStmt) s);
        } else if (s instanceof Block) {
            Block b = (Block) s;
            return !b.stmts().isEmpty() && isTerminating(b.stmts().get(b.stmts().size() - 1));
        } else if (s instanceof IfStmt) {
            IfStmt i = (IfStmt) s;
            return i.otherwise() != null && isTerminating(i.then()) && isTerminating(i.otherwise());
        } else if (s instanceof ForStmt) {
            ForStmt f = (ForStmt) s;
            return f.cond() == null && !hasBreak(f.body());
        }
        return false;
    }

    private static boolean isPanicCall(ExprStmt s) {
        return s.x() instanceof CallExpr && ((CallExpr) s.x()).fun() instanceof Ident
                && ((Ident) ((CallExpr) s.x()).fun()).name().equals("panic");
    }

    /** A break that targets the enclosing loop: not inside a nested for (func literals hold no statements here). */
    private static boolean hasBreak(Stmt s) {
        if (s instanceof BranchStmt) {
            return ((BranchStmt) s).kind() == TokenKind.BREAK;
        } else if (s instanceof Block) {
            return ((Block) s).stmts().stream().anyMatch(Terminating::hasBreak);
        } else if (s instanceof IfStmt) {
            IfStmt i = (IfStmt) s;
            return hasBreak(i.then()) || (i.otherwise() != null && hasBreak(i.otherwise()));
        }
        return false;
    }
}

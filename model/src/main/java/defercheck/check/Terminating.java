package defercheck.check;

import defercheck.syntax.token.TokenKind;
import defercheck.syntax.ast.Block;
import defercheck.syntax.ast.BranchStmt;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.CaseClause;
import defercheck.syntax.ast.ExprStmt;
import defercheck.syntax.ast.ForStmt;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IfStmt;
import defercheck.syntax.ast.LabeledStmt;
import defercheck.syntax.ast.ReturnStmt;
import defercheck.syntax.ast.Stmt;
import defercheck.syntax.ast.SwitchStmt;
import defercheck.syntax.ast.TypeSwitchStmt;
import java.util.List;

/**
 * Go spec "Terminating statements": return, goto, a call of the builtin panic, a block ending in one, an if
 * with both branches terminating, a for without condition and without a break that targets it, a switch
 * with a default whose every case ends in a terminating statement or a fallthrough and that no break
 * targets, and a labeled terminating statement. os.Exit and runtime.Goexit are not terminating, as in Go.
 */
final class Terminating {

    private Terminating() {
    }

    static boolean isTerminating(Stmt s) {
        return isTerminating(s, null);
    }

    /** {@code label} names the statement when it is labeled, so that a {@code break label} inside counts. */
    private static boolean isTerminating(Stmt s, String label) {
        if (s instanceof ReturnStmt) {
            return true;
        } else if (s instanceof ExprStmt e) {
            return isPanicCall(e);
        } else if (s instanceof BranchStmt b) {
            return b.kind() == TokenKind.GOTO || b.kind() == TokenKind.FALLTHROUGH;
        } else if (s instanceof LabeledStmt l) {
            return isTerminating(l.stmt(), l.label().name());
        } else if (s instanceof Block b) {
            return isTerminatingList(b.stmts());
        } else if (s instanceof IfStmt i) {
            return i.otherwise() != null && isTerminating(i.then()) && isTerminating(i.otherwise());
        } else if (s instanceof ForStmt f) {
            return f.cond() == null && !hasBreak(f.body(), label, true);
        } else if (s instanceof SwitchStmt sw) {
            return isTerminatingSwitch(sw.clauses(), label);
        } else if (s instanceof TypeSwitchStmt ts) {
            return isTerminatingSwitch(ts.clauses(), label);
        }
        return false;
    }

    private static boolean isTerminatingList(List<Stmt> list) {
        return !list.isEmpty() && isTerminating(list.get(list.size() - 1), null);
    }

    private static boolean isTerminatingSwitch(List<CaseClause> clauses, String label) {
        boolean hasDefault = false;
        for (CaseClause c : clauses) {
            hasDefault |= c.isDefault();
            if (!isTerminatingList(c.body()) || hasBreakList(c.body(), label, true)) {
                return false;
            }
        }
        return hasDefault;
    }

    private static boolean isPanicCall(ExprStmt s) {
        return s.x() instanceof CallExpr && ((CallExpr) s.x()).fun() instanceof Ident
                && ((Ident) ((CallExpr) s.x()).fun()).name().equals("panic");
    }

    /**
     * Whether a break in {@code s} targets the statement labeled {@code label} (or, when {@code implicit}, the
     * unlabeled statement being examined). An unlabeled break inside a nested for or switch targets that one,
     * so only labeled breaks are looked for there; function literals hold no statements of this body.
     */
    private static boolean hasBreak(Stmt s, String label, boolean implicit) {
        if (s instanceof BranchStmt b) {
            return b.kind() == TokenKind.BREAK && (b.label() == null ? implicit : b.label().name().equals(label));
        } else if (s instanceof LabeledStmt l) {
            return hasBreak(l.stmt(), label, implicit);
        } else if (s instanceof Block b) {
            return hasBreakList(b.stmts(), label, implicit);
        } else if (s instanceof IfStmt i) {
            return hasBreak(i.then(), label, implicit) || (i.otherwise() != null && hasBreak(i.otherwise(), label, implicit));
        } else if (s instanceof ForStmt f) {
            return label != null && hasBreak(f.body(), label, false);
        } else if (s instanceof SwitchStmt sw) {
            return label != null && sw.clauses().stream().anyMatch(c -> hasBreakList(c.body(), label, false));
        } else if (s instanceof TypeSwitchStmt ts) {
            return label != null && ts.clauses().stream().anyMatch(c -> hasBreakList(c.body(), label, false));
        }
        return false;
    }

    private static boolean hasBreakList(List<Stmt> list, String label, boolean implicit) {
        return list.stream().anyMatch(s -> hasBreak(s, label, implicit));
    }
}

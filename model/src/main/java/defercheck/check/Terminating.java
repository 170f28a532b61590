package defercheck.check;

import defercheck.syntax.token.TokenKind;
import defercheck.syntax.ast.Block;
import defercheck.syntax.ast.BranchStmt;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.CaseClause;
import defercheck.syntax.ast.CommClause;
import defercheck.syntax.ast.ExprStmt;
import defercheck.syntax.ast.ForStmt;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IfStmt;
import defercheck.syntax.ast.LabeledStmt;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.RangeStmt;
import defercheck.syntax.ast.ReturnStmt;
import defercheck.syntax.ast.SelectStmt;
import defercheck.syntax.ast.Stmt;
import defercheck.syntax.ast.SwitchStmt;
import defercheck.syntax.ast.TypeSwitchStmt;
import java.util.List;

/**
 * Go spec "Terminating statements": return and goto, a call of the builtin panic, a block ending in one, an if
 * with both branches terminating, a for without condition (not a range loop) and a switch or select whose
 * clauses all terminate, each without a break that targets it, and a labeled terminating statement.
 * os.Exit and runtime.Goexit are not terminating, as in Go.
 */
final class Terminating {

    private Terminating() {
    }

    static boolean isTerminating(Stmt s) {
        return isTerminating(s, null);
    }

    private static boolean isTerminating(Stmt s, String label) {
        if (s instanceof ReturnStmt) {
            return true;
        } else if (s instanceof BranchStmt b) {
            return b.kind() == TokenKind.GOTO;
        } else if (s instanceof ExprStmt e) {
            return isPanicCall(e);
        } else if (s instanceof Block b) {
            return endsTerminating(b.stmts());
        } else if (s instanceof IfStmt i) {
            return i.otherwise() != null && isTerminating(i.then()) && isTerminating(i.otherwise());
        } else if (s instanceof ForStmt f) {
            return f.cond() == null && !hasBreak(f.body(), label, true);
        } else if (s instanceof LabeledStmt l) {
            return isTerminating(l.stmt(), l.label().name());
        } else if (s instanceof SwitchStmt sw) {
            return clausesTerminate(sw.clauses(), label);
        } else if (s instanceof TypeSwitchStmt ts) {
            return clausesTerminate(ts.clauses(), label);
        } else if (s instanceof SelectStmt sel) {
            for (CommClause c : sel.clauses()) {
                if (!endsTerminating(c.body()) || breaks(c.body(), label)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean endsTerminating(List<Stmt> list) {
        return !list.isEmpty() && isTerminating(list.get(list.size() - 1));
    }

    /** A switch terminates with a default clause when every clause ends in a terminating statement or fallthrough. */
    private static boolean clausesTerminate(List<CaseClause> clauses, String label) {
        boolean hasDefault = false;
        for (CaseClause c : clauses) {
            hasDefault |= c.isDefault();
            List<Stmt> body = c.body();
            boolean fallsThrough = !body.isEmpty() && unlabel(body.get(body.size() - 1)) instanceof BranchStmt b
                    && b.kind() == TokenKind.FALLTHROUGH;
            if (!(endsTerminating(body) || fallsThrough) || breaks(body, label)) {
                return false;
            }
        }
        return hasDefault;
    }

    private static Stmt unlabel(Stmt s) {
        while (s instanceof LabeledStmt l) {
            s = l.stmt();
        }
        return s;
    }

    private static boolean breaks(List<Stmt> body, String label) {
        return body.stream().anyMatch(s -> hasBreak(s, label, true));
    }

    private static boolean isPanicCall(ExprStmt s) {
        var x = s.x();
        while (x instanceof ParenExpr p) {
            x = p.x();
        }
        return x instanceof CallExpr c && c.fun() instanceof Ident id && id.name().equals("panic");
    }

    /**
     * Whether {@code s} holds a break that targets the enclosing statement: an unlabeled one not inside a nested
     * for, switch or select ({@code unlabeledCounts}), or one naming {@code label}.
     */
    private static boolean hasBreak(Stmt s, String label, boolean unlabeledCounts) {
        if (s instanceof BranchStmt b) {
            return b.kind() == TokenKind.BREAK
                    && (b.label() == null ? unlabeledCounts : b.label().name().equals(label));
        } else if (s instanceof Block b) {
            return b.stmts().stream().anyMatch(x -> hasBreak(x, label, unlabeledCounts));
        } else if (s instanceof IfStmt i) {
            return hasBreak(i.then(), label, unlabeledCounts)
                    || (i.otherwise() != null && hasBreak(i.otherwise(), label, unlabeledCounts));
        } else if (s instanceof LabeledStmt l) {
            return hasBreak(l.stmt(), label, unlabeledCounts);
        } else if (s instanceof ForStmt f) {
            return label != null && hasBreak(f.body(), label, false);
        } else if (s instanceof RangeStmt r) {
            return label != null && hasBreak(r.body(), label, false);
        } else if (s instanceof SwitchStmt sw) {
            return label != null && sw.clauses().stream().anyMatch(c -> breaks(c.body(), label, false));
        } else if (s instanceof TypeSwitchStmt ts) {
            return label != null && ts.clauses().stream().anyMatch(c -> breaks(c.body(), label, false));
        } else if (s instanceof SelectStmt sel) {
            return label != null && sel.clauses().stream().anyMatch(c -> breaks(c.body(), label, false));
        }
        return false;
    }

    private static boolean breaks(List<Stmt> body, String label, boolean unlabeledCounts) {
        return body.stream().anyMatch(s -> hasBreak(s, label, unlabeledCounts));
    }
}

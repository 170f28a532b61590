package defercheck.lower;

import defercheck.check.Info;
import defercheck.syntax.ast.Block;
import defercheck.syntax.ast.CaseClause;
import defercheck.syntax.ast.CommClause;
import defercheck.syntax.ast.DeferStmt;
import defercheck.syntax.ast.ForStmt;
import defercheck.syntax.ast.IfStmt;
import defercheck.syntax.ast.LabeledStmt;
import defercheck.syntax.ast.RangeStmt;
import defercheck.syntax.ast.SelectStmt;
import defercheck.syntax.ast.Stmt;
import defercheck.syntax.ast.SwitchStmt;
import defercheck.syntax.ast.TypeSwitchStmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the lowering of a range-over-func loop needs to know of its body before it lowers it: the labels that
 * belong to the body's own function (not to a function literal, nor to the body of a range-over-func loop
 * inside it), and whether a defer statement in it, or in a range-over-func body nested in it, makes gc call
 * runtime.deferrangefunc (rangefunc/rewrite.go editDefer).
 */
final class RangeFuncScan {

    private RangeFuncScan() {
    }

    static Set<String> labels(Block body, Info info) {
        Set<String> out = new HashSet<>();
        walk(body, info, false, s -> {
            if (s instanceof LabeledStmt l) {
                out.add(l.label().name());
            }
        });
        return out;
    }

    static boolean defers(Block body, Info info) {
        boolean[] found = {false};
        walk(body, info, true, s -> found[0] |= s instanceof DeferStmt);
        return found[0];
    }

    /** Every statement of the body; a range-over-func loop's body only when {@code intoBodies}. */
    private static void walk(Stmt s, Info info, boolean intoBodies, Consumer<Stmt> visit) {
        if (s == null) {
            return;
        }
        visit.accept(s);
        if (s instanceof Block b) {
            walkAll(b.stmts(), info, intoBodies, visit);
        } else if (s instanceof LabeledStmt l) {
            walk(l.stmt(), info, intoBodies, visit);
        } else if (s instanceof IfStmt i) {
            walk(i.then(), info, intoBodies, visit);
            walk(i.otherwise(), info, intoBodies, visit);
        } else if (s instanceof ForStmt f) {
            walk(f.body(), info, intoBodies, visit);
        } else if (s instanceof RangeStmt r && (intoBodies || info.rangeBody(r) == null)) {
            walk(r.body(), info, intoBodies, visit);
        } else if (s instanceof SwitchStmt sw) {
            clauses(sw.clauses(), info, intoBodies, visit);
        } else if (s instanceof TypeSwitchStmt ts) {
            clauses(ts.clauses(), info, intoBodies, visit);
        } else if (s instanceof SelectStmt sel) {
            for (CommClause c : sel.clauses()) {
                walkAll(c.body(), info, intoBodies, visit);
            }
        }
    }

    private static void clauses(List<CaseClause> clauses, Info info, boolean intoBodies, Consumer<Stmt> visit) {
        for (CaseClause c : clauses) {
            walkAll(c.body(), info, intoBodies, visit);
        }
    }

    private static void walkAll(List<Stmt> stmts, Info info, boolean intoBodies, Consumer<Stmt> visit) {
        for (Stmt s : stmts) {
            walk(s, info, intoBodies, visit);
        }
    }
}

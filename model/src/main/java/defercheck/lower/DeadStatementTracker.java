package defercheck.lower;

import defercheck.check.CallResolution;
import defercheck.check.Info;
import defercheck.ir.Builtin;
import defercheck.ir.Constant;
import defercheck.ir.DeadStatements;
import defercheck.syntax.ast.Block;
import defercheck.syntax.ast.BranchStmt;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.ExprStmt;
import defercheck.syntax.ast.IfStmt;
import defercheck.syntax.ast.LabeledStmt;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.ReturnStmt;
import defercheck.syntax.ast.Stmt;
import defercheck.syntax.token.TokenKind;
import java.util.BitSet;
import java.util.List;

/**
 * Works out, while a function is lowered, which of its statements gc leaves out ({@link DeadStatements}): the
 * ones ssagen meets without a current block, and the ones the unified IR writer (1.22+) or deadcode.Func
 * (up to 1.21) remove before walk counts defers and returns.
 */
final class DeadStatementTracker {

    private static final Constant TRUE = new Constant.BoolConst(true);
    private static final Constant FALSE = new Constant.BoolConst(false);

    private final Info info;
    private final BitSet notEmitted = new BitSet();
    private final BitSet droppedByWriter = new BitSet();
    private final BitSet droppedByDeadcode = new BitSet();
    /** ssagen's {@code s.curBlock != nil}. */
    private boolean blockOpen = true;

    DeadStatementTracker(Info info) {
        this.info = info;
    }

    DeadStatements result() {
        return new DeadStatements(notEmitted, droppedByWriter, droppedByDeadcode);
    }

    /** Whether ssagen would emit a statement starting here: it has a block, or the statement is a label. */
    boolean emits(Stmt s) {
        return blockOpen || s instanceof LabeledStmt;
    }

    /** The statement lowered at [from, to) is never emitted; ssagen still has no block after it. */
    void notEmitted(int from, int to) {
        notEmitted.set(from, to);
        blockOpen = false;
    }

    /** After a return, goto, break, continue or panic call. */
    void closeBlock() {
        blockOpen = false;
    }

    /** ssagen starts a block: a body of an if, for or case, a label, or the end of a compound statement. */
    void openBlock() {
        blockOpen = true;
    }

    void droppedByWriter(int from, int to) {
        droppedByWriter.set(from, to);
    }

    void droppedByDeadcode(int from, int to) {
        droppedByDeadcode.set(from, to);
    }

    /** The index of the last labeled statement of a list, or -1: dead statements before it stay (issue 65593). */
    static int lastLabel(List<Stmt> list) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) instanceof LabeledStmt) {
                return i;
            }
        }
        return -1;
    }

    /** noder/writer.go terminates: goto, return, a panic call, an if (constant conditions counted), a block. */
    boolean writerTerminates(Stmt s) {
        if (s instanceof BranchStmt b) {
            return b.kind() == TokenKind.GOTO;
        } else if (s instanceof ReturnStmt) {
            return true;
        } else if (s instanceof ExprStmt e) {
            return isPanic(e.x());
        } else if (s instanceof IfStmt i) {
            int cond = staticBool(i.cond());
            return (cond < 0 || writerTerminates(i.then())) && (cond > 0 || i.otherwise() != null
                    && writerTerminates(i.otherwise()));
        } else if (s instanceof Block b) {
            return !b.stmts().isEmpty() && writerTerminates(b.stmts().get(b.stmts().size() - 1));
        }
        return false;
    }

    /**
     * deadcode.go stmts: an if with a constant condition whose kept branch ends in return or panic cuts the
     * rest of its list.
     */
    boolean deadcodeCuts(Stmt s) {
        if (!(s instanceof IfStmt i)) {
            return false;
        }
        int cond = staticBool(i.cond());
        if (cond == 0) {
            return false;
        }
        Stmt kept = cond > 0 ? i.then() : i.otherwise();
        List<Stmt> body = kept instanceof Block b ? b.stmts() : kept == null ? List.of() : List.of(kept);
        if (body.isEmpty()) {
            return false;
        }
        Stmt last = body.get(body.size() - 1);
        return last instanceof ReturnStmt || last instanceof ExprStmt e && isPanic(e.x());
    }

    /** +1 for a constant true condition, -1 for a constant false one, else 0. */
    int staticBool(Expr cond) {
        Constant c = cond == null ? null : info.constantOf(cond);
        return TRUE.equals(c) ? 1 : FALSE.equals(c) ? -1 : 0;
    }

    boolean isPanic(Expr e) {
        while (e instanceof ParenExpr p) {
            e = p.x();
        }
        return e instanceof CallExpr c && info.callKind(c) instanceof CallResolution.BuiltinCall b
                && b.builtin() == Builtin.PANIC;
    }
}

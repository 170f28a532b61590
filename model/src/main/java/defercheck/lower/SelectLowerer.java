package defercheck.lower;

import defercheck.check.SelectCases;
import defercheck.ir.BinaryOp;
import defercheck.ir.Constant;
import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ast.AssignStmt;
import defercheck.syntax.ast.CommClause;
import defercheck.syntax.ast.SelectStmt;
import defercheck.syntax.ast.SendStmt;
import defercheck.syntax.ast.UnaryExpr;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Select statements (Go spec "Select statements"): the channel operands and send values of every case are
 * evaluated once, in source order; one Select instruction waits for a case and leaves the received value, ok and
 * the case's index (-1 for default) in hidden slots; then the clause of that index runs, its receive assignment
 * first (taken from the hidden slots), and {@code break} leaves the select.
 */
final class SelectLowerer {

    private final FunctionLowerer f;
    /** The hidden slots a clause's {@code v, ok := <-ch} reads instead of receiving again. */
    private final Map<UnaryExpr, int[]> received = new IdentityHashMap<>();

    SelectLowerer(FunctionLowerer f) {
        this.f = f;
    }

    void select(SelectStmt s, String label) {
        Span at = s.span();
        List<Boolean> sends = new ArrayList<>();
        List<Type> elems = new ArrayList<>();
        boolean hasDefault = false;
        for (CommClause c : s.clauses()) {
            if (c.comm() == null) {
                hasDefault = true;
            } else if (c.comm() instanceof SendStmt send) {
                Type elem = elem(send.chan());
                f.expr(send.chan());
                f.expr(send.value());
                Type from = f.exprs.typeOf(send.value());
                if (from == null || !from.equals(elem)) {
                    f.emit(new Instr.Convert(elem, send.span()));
                }
                sends.add(true);
                elems.add(elem);
            } else {
                UnaryExpr recv = SelectCases.receive(c.comm());
                f.expr(recv.x());
                sends.add(false);
                elems.add(elem(recv.x()));
            }
        }
        f.emit(new Instr.Select(sends, elems, hasDefault, at));
        int index = f.temp(Type.INT);
        int ok = f.temp(Type.BOOL);
        int value = f.temp(Type.ANY);
        f.emit(new Instr.StoreLocal(index, at));
        f.emit(new Instr.StoreLocal(ok, at));
        f.emit(new Instr.StoreLocal(value, at));
        clauses(s, label, index, ok, value);
    }

    private void clauses(SelectStmt s, String label, int index, int ok, int value) {
        Branches.Target target = f.branches.enterSwitch(label);
        List<Integer> toEnd = new ArrayList<>();
        int caseIndex = 0;
        for (CommClause c : s.clauses()) {
            int i = c.comm() == null ? -1 : caseIndex++;
            f.emit(new Instr.LoadLocal(index, c.span()));
            f.emit(new Instr.PushConst(new Constant.IntConst(i), c.span()));
            f.emit(new Instr.Binary(BinaryOp.EQ, Type.INT, c.span()));
            int next = f.emit(new Instr.JumpIfFalse(-1, c.span()));
            int depth = f.branches.depth();
            f.dead.openBlock();
            if (c.comm() instanceof AssignStmt a) {
                received.put(SelectCases.receive(a), new int[] {value, ok});
                f.stmts.stmt(a);
            }
            f.stmts.stmts(c.body());
            f.branches.restore(depth);
            toEnd.add(f.emit(new Instr.Jump(-1, c.span())));
            f.patch(next, f.here());
        }
        int end = f.here();
        toEnd.forEach(j -> f.patch(j, end));
        f.branches.leave(target, end, -1);
        f.dead.openBlock();
    }

    /**
     * Pushes what a select clause's receive gave ({@code commaOk}: and ok), when {@code recv} is one; false for
     * any other receive.
     */
    boolean pushReceived(UnaryExpr recv, boolean commaOk) {
        int[] slots = received.get(recv);
        if (slots == null) {
            return false;
        }
        // the hidden slot holds the value as the channel's element type gave it: no conversion
        f.emit(new Instr.LoadLocal(slots[0], recv.span()));
        if (commaOk) {
            f.emit(new Instr.LoadLocal(slots[1], recv.span()));
        }
        return true;
    }

    private Type elem(defercheck.syntax.ast.Expr ch) {
        return ((Type.Chan) f.exprs.typeOf(ch).underlying()).elem();
    }
}

package defercheck.lower;

import defercheck.ir.Constant;
import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.syntax.ast.CompositeLit;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.KeyValueExpr;
import java.util.List;

/**
 * Composite literals: a fresh zero struct or array whose elements are set in order (the checker gave each its
 * field or element index), a slice over such an array, or a fresh map with its entries inserted.
 */
final class CompositeLowerer {

    private final FunctionLowerer f;

    CompositeLowerer(FunctionLowerer f) {
        this.f = f;
    }

    void literal(CompositeLit e) {
        Type t = f.exprs.typeOf(e);
        boolean address = f.ctx.info.isElidedAddress(e);
        Type value = address ? ((Type.Pointer) t.underlying()).elem() : t;
        Type u = value.underlying();
        if (u instanceof Type.Map) {
            map(e, value);
        } else if (u instanceof Type.Slice s) {
            int[] idx = f.ctx.info.elementIndices(e);
            int length = 0;
            for (int i : idx) {
                length = Math.max(length, i + 1);
            }
            f.emit(new Instr.PushConst(new Constant.Zero(new Type.Array(length, s.elem())), e.span()));
            elements(e, idx);
            f.emit(new Instr.SliceOfArray(value, e.span()));
        } else {
            f.emit(new Instr.PushConst(new Constant.Zero(value), e.span()));
            elements(e, f.ctx.info.elementIndices(e));
        }
        if (address) {
            f.emit(new Instr.HeapAlloc((Type.Pointer) t, e.span()));
        }
    }

    private void elements(CompositeLit e, int[] indices) {
        List<Expr> elts = e.elts();
        for (int i = 0; i < elts.size(); i++) {
            Expr v = elts.get(i) instanceof KeyValueExpr kv ? kv.value() : elts.get(i);
            element(v);
            f.emit(new Instr.CompositeSet(indices[i], v.span()));
        }
    }

    private void map(CompositeLit e, Type t) {
        f.emit(new Instr.MakeMap(t, false, e.span()));
        for (Expr el : e.elts()) {
            KeyValueExpr kv = (KeyValueExpr) el;
            element(kv.key());
            element(kv.value());
            f.emit(new Instr.MapInsert(kv.span()));
        }
    }

    private void element(Expr v) {
        if (v instanceof CompositeLit c && c.type() == null) {
            literal(c);
        } else {
            f.expr(v);
        }
    }
}

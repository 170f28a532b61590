package defercheck.lower;

import defercheck.check.Lookup;
import defercheck.check.Var;
import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ast.CompositeLit;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IndexExpr;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.SelectorExpr;
import defercheck.syntax.ast.StarExpr;
import java.util.List;

/**
 * Addresses of addressable expressions (Go spec "Address operators"): variables (whose checker-marked box the
 * pointer shares), {@code *p}, fields and array or slice elements. The runtime checks (nil pointer, index range)
 * happen in the instructions, when the address is computed.
 */
final class AddressLowerer {

    private final FunctionLowerer f;

    AddressLowerer(FunctionLowerer f) {
        this.f = f;
    }

    /** {@code &x}: an address, or for a composite literal a pointer to a fresh variable holding it. */
    void addressOf(Expr x, Span at) {
        Expr e = unparen(x);
        if (e instanceof CompositeLit lit) {
            f.composites.literal(lit);
            f.emit(new Instr.HeapAlloc(new Type.Pointer(f.exprs.typeOf(lit)), at));
            return;
        }
        address(e);
    }

    /** Pushes a pointer to the location {@code e} denotes. */
    void address(Expr x) {
        Expr e = unparen(x);
        if (e instanceof Ident id) {
            f.address((Var) f.ctx.info.objectOf(id), id.span());
        } else if (e instanceof StarExpr s) {
            f.expr(s.x());
        } else if (e instanceof SelectorExpr s) {
            Lookup.Selection sel = f.ctx.info.selection(s);
            Type xt = f.exprs.typeOf(s.x());
            if (xt.underlying() instanceof Type.Pointer) {
                f.expr(s.x());
            } else {
                address(s.x());
                xt = new Type.Pointer(xt);
            }
            fieldPath(xt, sel.path(), s.span());
        } else if (e instanceof IndexExpr ix) {
            Type xt = f.exprs.typeOf(ix.x());
            Type elem;
            if (xt.underlying() instanceof Type.Array a) {
                address(ix.x());
                elem = a.elem();
            } else {
                f.expr(ix.x());
                elem = xt.underlying() instanceof Type.Slice s ? s.elem()
                        : ((Type.Array) ((Type.Pointer) xt.underlying()).elem().underlying()).elem();
            }
            f.expr(ix.indices().get(0));
            f.emit(new Instr.IndexAddr(new Type.Pointer(elem), ix.span()));
        } else {
            throw new AssertionError("not addressable: " + e);
        }
    }

    /**
     * From a pointer of type {@code ptr} on the stack to the address of the field at the end of {@code path},
     * through embedded fields; an embedded pointer field on the way is loaded (and faults when nil).
     */
    void fieldPath(Type ptr, List<Integer> path, Span at) {
        Type t = ((Type.Pointer) ptr.underlying()).elem();
        for (int k = 0; k < path.size(); k++) {
            int i = path.get(k);
            Type.Field field = ((Type.Struct) t.underlying()).fields().get(i);
            f.emit(new Instr.FieldAddr(i, new Type.Pointer(field.type()), at));
            t = field.type();
            if (k < path.size() - 1 && t.underlying() instanceof Type.Pointer p) {
                f.emit(new Instr.Deref(at));
                t = p.elem();
            }
        }
    }

    static Expr unparen(Expr e) {
        while (e instanceof ParenExpr p) {
            e = p.x();
        }
        return e;
    }
}

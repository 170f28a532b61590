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
        if (e instanceof SelectorExpr s && f.ctx.info.isPackageMember(s)) {
            f.address((Var) f.ctx.info.objectOf(s.sel()), s.span());
        } else if (e instanceof Ident id) {
            f.address((Var) f.ctx.info.objectOf(id), id.span());
        } else if (e instanceof StarExpr s) {
            f.expr(s.x());
            f.emit(new Instr.NilCheck(s.span()));
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
     * The first phase of a tuple assignment's target (Go spec "Assignment statements"): the operands of its
     * index expressions and pointer indirections are evaluated now, into temps; the returned code computes the
     * address from them in the second phase, where a nil pointer or an index out of range faults (gc's
     * ascompatee saves the same operands early).
     */
    Runnable addressLater(Expr x) {
        Expr e = unparen(x);
        Span at = e.span();
        if (e instanceof SelectorExpr s && f.ctx.info.isPackageMember(s)) {
            Var v = (Var) f.ctx.info.objectOf(s.sel());
            return () -> f.address(v, at);
        } else if (e instanceof Ident id) {
            Var v = (Var) f.ctx.info.objectOf(id);
            return () -> f.address(v, at);
        } else if (e instanceof StarExpr s) {
            return saved(s.x());
        } else if (e instanceof SelectorExpr s) {
            Lookup.Selection sel = f.ctx.info.selection(s);
            Type xt = f.exprs.typeOf(s.x());
            Runnable base;
            if (xt.underlying() instanceof Type.Pointer) {
                base = saved(s.x());
            } else {
                base = addressLater(s.x());
                xt = new Type.Pointer(xt);
            }
            return selectorLater(base, xt, sel.path(), at);
        } else if (e instanceof IndexExpr ix) {
            Type xt = f.exprs.typeOf(ix.x());
            Type elem;
            Runnable base;
            if (xt.underlying() instanceof Type.Array a) {
                base = addressLater(ix.x());
                elem = a.elem();
            } else {
                base = saved(ix.x());
                elem = xt.underlying() instanceof Type.Slice sl ? sl.elem()
                        : ((Type.Array) ((Type.Pointer) xt.underlying()).elem().underlying()).elem();
            }
            Runnable index = saved(ix.indices().get(0));
            return () -> {
                base.run();
                index.run();
                f.emit(new Instr.IndexAddr(new Type.Pointer(elem), at));
            };
        }
        throw new AssertionError("not addressable: " + e);
    }

    /**
     * A field reached from a pointer of type {@code ptr}: an embedded pointer on the path is an implicit pointer
     * indirection (Go spec "Selectors"), so its operand, the embedded pointer's value, is loaded now, in the
     * first phase (a nil pointer before it faults now, a nil embedded pointer at the store), as gc does.
     */
    private Runnable selectorLater(Runnable base, Type ptr, List<Integer> path, Span at) {
        int last = -1;
        Type t = ((Type.Pointer) ptr.underlying()).elem();
        for (int k = 0; k < path.size() - 1; k++) {
            t = ((Type.Struct) t.underlying()).fields().get(path.get(k)).type();
            if (t.underlying() instanceof Type.Pointer p) {
                last = k;
                t = p.elem();
            }
        }
        if (last < 0) {
            return () -> {
                base.run();
                fieldPath(ptr, path, at);
            };
        }
        base.run();
        Type embedded = ((Type.Pointer) fieldPath(ptr, path.subList(0, last + 1), at)).elem();
        f.emit(new Instr.Deref(at));
        int temp = f.temp(Type.ANY);
        f.emit(new Instr.StoreLocal(temp, at));
        List<Integer> rest = path.subList(last + 1, path.size());
        return () -> {
            f.emit(new Instr.LoadLocal(temp, at));
            fieldPath(embedded, rest, at);
        };
    }

    /** Evaluates {@code e} into a temp now; the returned code loads it. */
    private Runnable saved(Expr e) {
        int t = f.temp(Type.ANY);
        f.expr(e);
        f.emit(new Instr.StoreLocal(t, e.span()));
        return () -> f.emit(new Instr.LoadLocal(t, e.span()));
    }

    /**
     * From a pointer of type {@code ptr} on the stack to the address of the field at the end of {@code path},
     * through embedded fields; an embedded pointer field on the way is loaded (and faults when nil). Returns the
     * type of the pointer left on the stack.
     */
    Type fieldPath(Type ptr, List<Integer> path, Span at) {
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
        return new Type.Pointer(t);
    }

    static Expr unparen(Expr e) {
        while (e instanceof ParenExpr p) {
            e = p.x();
        }
        return e;
    }
}

package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ast.BinaryExpr;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.CompositeLit;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IndexExpr;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.SelectorExpr;
import defercheck.syntax.ast.SliceExpr;
import defercheck.syntax.ast.StarExpr;
import defercheck.syntax.ast.UnaryExpr;
import defercheck.syntax.token.TokenKind;
import java.util.List;

/**
 * Which expressions are loads a call could change, which operations write memory, and which operations gc's
 * order pass (cmd/compile/internal/walk/order.go, {@code orderState.expr1}) copies into a temporary where
 * they stand, so that the loads inside them are evaluated in source order.
 */
final class OrderLoads {

    private OrderLoads() {
    }

    /**
     * A load a call could change: a package variable, a local whose address is taken or that a closure
     * captures, or anything read through memory (a deref, a field through a pointer, a slice or map element).
     * A local that is neither addressed nor captured is never changed by a call, so it is not one.
     */
    static boolean isLoad(Info info, Expr e, java.util.Set<Var> foreignStored) {
        if (e instanceof Ident id) {
            return info.objectOf(id) instanceof Var v
                    && (v.kind() == Var.Kind.GLOBAL || v.addressed() || foreignStored.contains(v));
        } else if (e instanceof ParenExpr p) {
            return isLoad(info, p.x(), foreignStored);
        } else if (e instanceof StarExpr) {
            return true;
        } else if (e instanceof SelectorExpr s) {
            return selectorLoad(info, s, foreignStored);
        } else if (e instanceof IndexExpr ix) {
            if (info.instantiation(ix) != null) {
                return false;
            }
            Type t = info.typeOf(ix.x());
            if (t == null) {
                return true;
            }
            Type u = t.underlying();
            if (u instanceof Type.Array) {
                return isLoad(info, ix.x(), foreignStored);
            }
            return !(u instanceof Type.Basic);
        }
        return false;
    }

    private static boolean selectorLoad(Info info, SelectorExpr s, java.util.Set<Var> foreignStored) {
        if (info.isPackageMember(s)) {
            return info.objectOf(s.sel()) instanceof Var;
        }
        Lookup.Selection sel = info.selection(s);
        if (sel == null) {
            return false;
        }
        if (sel.kind() == Lookup.Selection.Kind.FIELD) {
            return throughPointer(info, s) || isLoad(info, s.x(), foreignStored);
        }
        // A method value copies a value receiver; through a pointer that copy reads memory.
        return sel.kind() == Lookup.Selection.Kind.METHOD && sel.method() != null && !sel.method().pointerRecv()
                && throughPointer(info, s);
    }

    /** Whether selecting {@code s} dereferences a pointer: the operand's or an embedded field's. */
    static boolean throughPointer(Info info, SelectorExpr s) {
        Lookup.Selection sel = info.selection(s);
        return isPointer(info.typeOf(s.x())) || sel != null && sel.indirect();
    }

    /**
     * The variable a load reads directly ({@code v}, {@code v.f}, {@code v[i]} of an array), or null when it
     * reads through memory (a pointer, a slice, a map).
     */
    static Var rootVar(Info info, Expr e) {
        if (e instanceof Ident id) {
            return info.objectOf(id) instanceof Var v ? v : null;
        } else if (e instanceof ParenExpr p) {
            return rootVar(info, p.x());
        } else if (e instanceof SelectorExpr s && !info.isPackageMember(s) && !throughPointer(info, s)) {
            return rootVar(info, s.x());
        } else if (e instanceof IndexExpr ix && info.typeOf(ix.x()) != null
                && info.typeOf(ix.x()).underlying() instanceof Type.Array) {
            return rootVar(info, ix.x());
        }
        return null;
    }

    /** Whether a call with {@code effect} may change what {@code load} reads. */
    static boolean changes(Info info, OrderEffects.Facts effect, Expr load) {
        if (effect.all) {
            return true;
        }
        Var v = rootVar(info, load);
        if (v == null) {
            return effect.memory;
        }
        return effect.vars.contains(v) || v.addressed() && effect.memory;
    }

    static boolean isPointer(Type t) {
        return t != null && t.underlying() instanceof Type.Pointer;
    }

    static boolean structOrPointerToStruct(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Pointer p) {
            u = p.elem().underlying();
        }
        return u instanceof Type.Struct;
    }

    /**
     * Whether order.go copies {@code e} into a temporary where it stands, so the loads inside it are done
     * before any later call: calls of any kind but conversions, receives, slice expressions, {@code &&} and
     * {@code ||} (evaluated into a temporary bool), and map literals (rewritten into one assignment per entry).
     */
    static boolean copiedInPlace(Info info, Expr e) {
        if (e instanceof CallExpr c) {
            return !(info.callKind(c) instanceof CallResolution.Conversion);
        } else if (e instanceof UnaryExpr u) {
            return u.op() == TokenKind.ARROW;
        } else if (e instanceof BinaryExpr b) {
            return b.op() == TokenKind.LAND || b.op() == TokenKind.LOR;
        } else if (e instanceof CompositeLit lit) {
            return info.typeOf(lit) != null && info.typeOf(lit).underlying() instanceof Type.Map;
        }
        return e instanceof SliceExpr;
    }

    /**
     * Whether gc, too, evaluates {@code load} before {@code write} although the model's order differs in
     * general: an operation copied in place encloses the load but not the write; or the two are on the left
     * and right of one {@code &&}/{@code ||}; or in different entries of one map literal.
     */
    static boolean sheltered(Info info, OrderUnit.Access load, OrderUnit.Access write) {
        List<Expr> lp = load.path();
        List<Expr> wp = write.path();
        int common = 0;
        while (common < lp.size() && common < wp.size() && lp.get(common) == wp.get(common)) {
            common++;
        }
        for (int i = common; i < lp.size(); i++) {
            if (copiedInPlace(info, lp.get(i))) {
                return true;
            }
        }
        if (common == 0) {
            return false;
        }
        Expr lca = lp.get(common - 1);
        if (lca instanceof BinaryExpr b && (b.op() == TokenKind.LAND || b.op() == TokenKind.LOR)) {
            Expr side = common < lp.size() ? lp.get(common) : load.node();
            return side == b.x();
        }
        return lca instanceof CompositeLit lit && copiedInPlace(info, lit);
    }
}

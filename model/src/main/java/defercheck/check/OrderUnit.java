package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ast.BinaryExpr;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.CompositeLit;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.FuncLit;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IndexExpr;
import defercheck.syntax.ast.KeyValueExpr;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.SelectorExpr;
import defercheck.syntax.ast.SliceExpr;
import defercheck.syntax.ast.StarExpr;
import defercheck.syntax.ast.TypeAssertExpr;
import defercheck.syntax.ast.UnaryExpr;
import defercheck.syntax.token.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The expressions one statement evaluates, walked in source order: the loads a call could change and the
 * operations that can write memory (calls, receives). gc's order pass (cmd/compile/internal/walk/order.go)
 * hoists every call into a temporary in source order and evaluates the remaining loads afterwards, while the
 * model evaluates strictly left to right; {@link #firstConflict} finds a load whose value could differ.
 */
final class OrderUnit {

    /** A load or a write, with its source-order interval and its ancestors from the statement down. */
    record Access(Expr node, int entry, int exit, List<Expr> path, OrderEffects.Facts effect) { }

    private final Info info;
    private final List<FuncLit> funcLits;
    private final List<Access> loads = new ArrayList<>();
    private final List<Access> writes = new ArrayList<>();
    private final List<Expr> path = new ArrayList<>();
    private final OrderEffects effects;
    private final List<Expr> operations = new ArrayList<>();
    private final List<Expr> stores = new ArrayList<>();
    /** Pass one: each address computation {@code &v...} with its variable, and each variable use's parent. */
    final List<AddressOp> addressOps = new ArrayList<>();
    final List<VarUse> varUses = new ArrayList<>();

    /** {@code &v...} computed at {@code at}. */
    record AddressOp(Var var, Expr at) { }

    /** A use of {@code var}; {@code dereferenced} when it is the operand of {@code *}. */
    record VarUse(Var var, boolean dereferenced) { }
    private int clock;

    /** With {@code effects} null, the unit only gathers its calls and stores for {@link #recordFacts}. */
    OrderUnit(Info info, List<FuncLit> funcLits, OrderEffects effects) {
        this.info = info;
        this.funcLits = funcLits;
        this.effects = effects;
    }

    /** {@code e} is stored to by the statement (an assignment's or an inc/dec's target). */
    void stored(Expr e) {
        stores.add(e);
    }

    /** Adds what this statement does to the facts of {@code fi}, the function it is in. */
    void recordFacts(OrderEffects all, FuncInfo fi) {
        OrderEffects.Facts f = all.factsOf(fi);
        for (Expr e : stores) {
            all.store(fi, e, f);
        }
        for (Expr e : operations) {
            if (e instanceof CallExpr c) {
                f.memory |= all.direct(c, f);
            } else {
                f.callees.add(all.others);
            }
        }
    }

    /** {@code e} evaluated for its value. */
    void value(Expr e) {
        if (e == null || info.constantOf(e) != null) {
            return;
        }
        if (e instanceof FuncLit f) {
            funcLits.add(f);
            return;
        }
        List<Expr> ancestors = List.copyOf(path);
        if (e instanceof Ident id && info.objectOf(id) instanceof Var v) {
            varUses.add(new VarUse(v, !ancestors.isEmpty() && ancestors.get(ancestors.size() - 1) instanceof StarExpr));
        }
        int entry = enter(e);
        valueChildren(e);
        int exit = leave();
        if (effects != null && OrderLoads.isLoad(info, e, effects.foreignStored)) {
            loads.add(new Access(e, entry, exit, ancestors, null));
        }
        boolean operation = e instanceof CallExpr || e instanceof UnaryExpr u && u.op() == TokenKind.ARROW;
        if (operation) {
            operations.add(e);
        }
        OrderEffects.Facts effect = operation && effects != null ? effects.effect(e) : null;
        if (effect != null) {
            writes.add(new Access(e, entry, exit, ancestors, effect));
        }
    }

    /** {@code e} as a variable whose address is used (an assignment's target, {@code &e}): not itself loaded. */
    void target(Expr e) {
        if (e instanceof Ident) {
            return;
        }
        if (e instanceof ParenExpr p) {
            target(p.x());
        } else if (e instanceof SelectorExpr s && !info.isPackageMember(s)) {
            enter(e);
            if (OrderLoads.throughPointer(info, s)) {
                value(s.x());
            } else {
                target(s.x());
            }
            leave();
        } else if (e instanceof IndexExpr ix && info.typeOf(ix.x()) != null
                && info.typeOf(ix.x()).underlying() instanceof Type.Array) {
            enter(e);
            target(ix.x());
            ix.indices().forEach(this::value);
            leave();
        } else if (e instanceof IndexExpr ix) {
            enter(e);
            value(ix.x());
            ix.indices().forEach(this::value);
            leave();
        } else if (e instanceof StarExpr s) {
            enter(e);
            value(s.x());
            leave();
        } else if (!(e instanceof SelectorExpr s && info.isPackageMember(s))) {
            value(e);
        }
    }

    private void valueChildren(Expr e) {
        if (e instanceof ParenExpr x) {
            value(x.x());
        } else if (e instanceof SelectorExpr x) {
            selector(x);
        } else if (e instanceof IndexExpr x) {
            if (info.instantiation(x) == null) {
                value(x.x());
                x.indices().forEach(this::value);
            }
        } else if (e instanceof SliceExpr x) {
            Type t = info.typeOf(x.x());
            if (t != null && t.underlying() instanceof Type.Array) {
                addressOf(x.x(), x);
                target(x.x());
            } else {
                value(x.x());
            }
            value(x.lo());
            value(x.hi());
            value(x.max());
        } else if (e instanceof StarExpr x) {
            value(x.x());
        } else if (e instanceof UnaryExpr x) {
            unary(x);
        } else if (e instanceof BinaryExpr x) {
            value(x.x());
            value(x.y());
        } else if (e instanceof CallExpr x) {
            call(x);
        } else if (e instanceof TypeAssertExpr x) {
            value(x.x());
        } else if (e instanceof CompositeLit x) {
            composite(x);
        }
    }

    private void selector(SelectorExpr s) {
        if (info.isPackageMember(s)) {
            return;
        }
        Lookup.Selection sel = info.selection(s);
        boolean addressOnly = sel != null && sel.kind() == Lookup.Selection.Kind.METHOD && sel.method() != null
                && sel.method().pointerRecv() && !OrderLoads.isPointer(info.typeOf(s.x()));
        if (addressOnly) {
            addressOf(s.x(), s);
            target(s.x());
        } else {
            value(s.x());
        }
    }

    private void unary(UnaryExpr u) {
        if (u.op() == TokenKind.AND) {
            addressOf(u.x(), u);
            target(u.x());
            return;
        }
        value(u.x());
    }

    private void call(CallExpr c) {
        CallResolution kind = info.callKind(c);
        if (!(kind instanceof CallResolution.Conversion)) {
            value(c.fun());
        }
        c.args().forEach(this::value);
    }

    private void composite(CompositeLit lit) {
        Type t = info.typeOf(lit);
        boolean struct = t != null && OrderLoads.structOrPointerToStruct(t);
        for (Expr elt : lit.elts()) {
            if (elt instanceof KeyValueExpr kv) {
                enter(kv);
                if (!struct) {
                    value(kv.key());
                }
                value(kv.value());
                leave();
            } else {
                value(elt);
            }
        }
    }

    private void addressOf(Expr operand, Expr at) {
        Var v = OrderLoads.rootVar(info, operand);
        if (v != null) {
            addressOps.add(new AddressOp(v, at));
        }
    }

    private int enter(Expr e) {
        path.add(e);
        return clock++;
    }

    private int leave() {
        path.remove(path.size() - 1);
        return clock++;
    }

    /** The first load, in source order, that gc would evaluate after a later call could have changed it. */
    Access[] firstConflict() {
        loads.sort(java.util.Comparator.comparingInt(Access::entry));
        for (Access load : loads) {
            for (Access write : writes) {
                if (load.exit() < write.entry() && OrderLoads.changes(info, write.effect(), load.node())
                        && !OrderLoads.sheltered(info, load, write)) {
                    return new Access[] {load, write};
                }
            }
        }
        return null;
    }
}

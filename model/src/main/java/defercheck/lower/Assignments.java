package defercheck.lower;

import defercheck.check.CallResolution;
import defercheck.check.Var;
import defercheck.ir.Constant;
import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.token.TokenKind;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IndexExpr;
import defercheck.syntax.ast.TypeAssertExpr;
import defercheck.syntax.ast.UnaryExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignments (Go spec "Assignment statements"): first the right-hand sides, then each left-hand side is assigned
 * in order. The target of an element, field or indirection is computed when it is assigned, after the values,
 * as gc does (so a nil pointer or an index out of range panics after the right side ran), unless the left side
 * calls something: then its address is computed first, keeping the calls in source order.
 */
final class Assignments {

    private final FunctionLowerer f;

    Assignments(FunctionLowerer f) {
        this.f = f;
    }

    /** A left-hand side: a variable, the blank identifier, an addressable location, or a map element. */
    private sealed interface Target {
        record VarTarget(Var v) implements Target { }

        record Blank() implements Target { }

        /** An address, kept in {@code temp} when computed before the values (-1: computed at the store). */
        record Location(Expr e, int temp) implements Target { }

        /** A map element; map and key in temps when computed before the values (-1: at the store). */
        record MapElement(IndexExpr e, int mapTemp, int keyTemp) implements Target { }

        /** A location whose operands were saved in a tuple assignment's first phase; the code computes its address. */
        record Prepared(Runnable address) implements Target { }
    }

    /** {@code lhs... = rhs...} or a short variable declaration (new variables are declared by the caller first). */
    void assign(List<Expr> lhs, List<Expr> rhs, Span at) {
        List<Target> targets = new ArrayList<>();
        for (Expr e : lhs) {
            targets.add(target(e));
        }
        f.stmts.pushValues(rhs, lhs.size());
        if (targets.size() == 1) {
            store(targets.get(0), at);
            return;
        }
        int[] temps = new int[targets.size()];
        for (int i = targets.size() - 1; i >= 0; i--) {
            temps[i] = f.temp(Type.ANY);
            f.emit(new Instr.StoreLocal(temps[i], at));
        }
        targets.replaceAll(this::saveOperands);
        for (int i = 0; i < targets.size(); i++) {
            f.emit(new Instr.LoadLocal(temps[i], at));
            store(targets.get(i), at);
        }
    }

    private Target target(Expr e) {
        Expr x = AddressLowerer.unparen(e);
        if (x instanceof Ident id) {
            if (id.name().equals("_")) {
                return new Target.Blank();
            }
            return new Target.VarTarget((Var) f.ctx.info.objectOf(id));
        }
        boolean early = hasCall(x);
        if (x instanceof IndexExpr ix && f.exprs.typeOf(ix.x()).underlying() instanceof Type.Map) {
            if (!early) {
                return new Target.MapElement(ix, -1, -1);
            }
            int m = f.temp(Type.ANY);
            int k = f.temp(Type.ANY);
            f.expr(ix.x());
            f.emit(new Instr.StoreLocal(m, e.span()));
            f.expr(ix.indices().get(0));
            f.emit(new Instr.StoreLocal(k, e.span()));
            return new Target.MapElement(ix, m, k);
        }
        if (!early) {
            return new Target.Location(x, -1);
        }
        int t = f.temp(Type.ANY);
        f.addresses.address(x);
        f.emit(new Instr.StoreLocal(t, e.span()));
        return new Target.Location(x, t);
    }

    /**
     * A tuple assignment's first phase for a target computed at its store: after the values and before any
     * assignment, the operands of its index expressions and pointer indirections are saved, so that an earlier
     * assignment of the tuple does not change which location it is ({@code p, p.x = q, 1} writes the old p's x).
     */
    private Target saveOperands(Target t) {
        if (t instanceof Target.Location loc && loc.temp() < 0) {
            return new Target.Prepared(f.addresses.addressLater(loc.e()));
        }
        if (t instanceof Target.MapElement m && m.mapTemp() < 0) {
            int mt = f.temp(Type.ANY);
            int kt = f.temp(Type.ANY);
            f.expr(m.e().x());
            f.emit(new Instr.StoreLocal(mt, m.e().span()));
            f.expr(m.e().indices().get(0));
            f.emit(new Instr.StoreLocal(kt, m.e().span()));
            return new Target.MapElement(m.e(), mt, kt);
        }
        return t;
    }

    /** Assigns the value on top of the stack to the left-hand side {@code e} (a range clause's {@code =}). */
    void storeTo(Expr e, Span at) {
        store(target(e), at);
    }

    /** Assigns the value on top of the stack to the target. */
    private void store(Target t, Span at) {
        if (t instanceof Target.VarTarget v) {
            f.store(v.v(), at);
        } else if (t instanceof Target.Blank) {
            f.emit(new Instr.Pop(at));
        } else if (t instanceof Target.Prepared p) {
            p.address().run();
            f.emit(new Instr.Store(at));
        } else if (t instanceof Target.Location loc) {
            if (loc.temp() >= 0) {
                f.emit(new Instr.LoadLocal(loc.temp(), at));
            } else {
                f.addresses.address(loc.e());
            }
            f.emit(new Instr.Store(at));
        } else {
            Target.MapElement m = (Target.MapElement) t;
            mapOperands(m, at);
            f.emit(new Instr.MapStore(at));
        }
    }

    private void mapOperands(Target.MapElement m, Span at) {
        if (m.mapTemp() >= 0) {
            f.emit(new Instr.LoadLocal(m.mapTemp(), at));
            f.emit(new Instr.LoadLocal(m.keyTemp(), at));
        } else {
            f.expr(m.e().x());
            f.expr(m.e().indices().get(0));
        }
    }

    /** {@code lhs op= rhs} (and {@code lhs++}): the target is evaluated once; {@code one} replaces rhs for ++ and --. */
    void opAssign(Expr lhs, TokenKind op, Expr rhs, Type operandType, Span at, boolean decrement) {
        Expr x = AddressLowerer.unparen(lhs);
        if (x instanceof Ident id) {
            Var v = (Var) f.ctx.info.objectOf(id);
            f.load(v, at);
            operand(rhs, operandType, at);
            f.emit(new Instr.Binary(ExprLowerer.binaryOp(op), operandType, at));
            f.store(v, at);
            return;
        }
        if (x instanceof IndexExpr ix && f.exprs.typeOf(ix.x()).underlying() instanceof Type.Map mt) {
            int m = f.temp(Type.ANY);
            int k = f.temp(Type.ANY);
            f.expr(ix.x());
            f.emit(new Instr.StoreLocal(m, at));
            f.expr(ix.indices().get(0));
            f.emit(new Instr.StoreLocal(k, at));
            f.emit(new Instr.LoadLocal(m, at));
            f.emit(new Instr.LoadLocal(k, at));
            f.emit(new Instr.MapIndex(mt.value(), false, at));
            operand(rhs, operandType, at);
            f.emit(new Instr.Binary(ExprLowerer.binaryOp(op), operandType, at));
            f.emit(new Instr.LoadLocal(m, at));
            f.emit(new Instr.LoadLocal(k, at));
            f.emit(new Instr.MapStore(at));
            return;
        }
        int p = f.temp(Type.ANY);
        f.addresses.address(x);
        f.emit(new Instr.StoreLocal(p, at));
        f.emit(new Instr.LoadLocal(p, at));
        f.emit(new Instr.Deref(at));
        operand(rhs, operandType, at);
        f.emit(new Instr.Binary(ExprLowerer.binaryOp(op), operandType, at));
        f.emit(new Instr.LoadLocal(p, at));
        f.emit(new Instr.Store(at));
    }

    /** The right operand, or 1 of the operand type for ++ and -- (rhs null). */
    private void operand(Expr rhs, Type t, Span at) {
        if (rhs != null) {
            f.expr(rhs);
            return;
        }
        f.emit(new Instr.PushConst(one(t), at));
    }

    static Constant one(Type t) {
        var k = t.basicKind();
        if (k.isFloat()) {
            return new Constant.FloatConst(t, 1);
        } else if (k.isComplex()) {
            return new Constant.ComplexConst(t, 1, 0);
        }
        return new Constant.IntConst(t, 1);
    }

    /** Whether evaluating the expression calls a function or receives (then it must run before the values). */
    private boolean hasCall(Expr e) {
        return anyNode(e);
    }

    private boolean anyNode(Expr e) {
        if (e == null) {
            return false;
        }
        if (e instanceof CallExpr c) {
            return !(f.ctx.info.callKind(c) instanceof CallResolution.Conversion) || c.args().stream().anyMatch(this::anyNode);
        }
        if (e instanceof UnaryExpr u && u.op() == TokenKind.ARROW) {
            return true;
        }
        if (e instanceof defercheck.syntax.ast.ParenExpr p) {
            return anyNode(p.x());
        } else if (e instanceof defercheck.syntax.ast.SelectorExpr s) {
            return anyNode(s.x());
        } else if (e instanceof IndexExpr ix) {
            return anyNode(ix.x()) || ix.indices().stream().anyMatch(this::anyNode);
        } else if (e instanceof defercheck.syntax.ast.StarExpr s) {
            return anyNode(s.x());
        } else if (e instanceof defercheck.syntax.ast.BinaryExpr b) {
            return anyNode(b.x()) || anyNode(b.y());
        } else if (e instanceof UnaryExpr u) {
            return anyNode(u.x());
        } else if (e instanceof TypeAssertExpr a) {
            return anyNode(a.x());
        }
        return false;
    }
}

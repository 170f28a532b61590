package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.Diagnostics;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.AssignStmt;
import defercheck.syntax.ast.Block;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.CaseClause;
import defercheck.syntax.ast.CommClause;
import defercheck.syntax.ast.DeclStmt;
import defercheck.syntax.ast.DeferStmt;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.ExprStmt;
import defercheck.syntax.ast.ForStmt;
import defercheck.syntax.ast.FuncLit;
import defercheck.syntax.ast.GoStmt;
import defercheck.syntax.ast.IfStmt;
import defercheck.syntax.ast.IncDecStmt;
import defercheck.syntax.ast.LabeledStmt;
import defercheck.syntax.ast.RangeStmt;
import defercheck.syntax.ast.ReturnStmt;
import defercheck.syntax.ast.SelectStmt;
import defercheck.syntax.ast.SendStmt;
import defercheck.syntax.ast.Stmt;
import defercheck.syntax.ast.SwitchStmt;
import defercheck.syntax.ast.TypeSwitchStmt;
import defercheck.syntax.ast.UnaryExpr;
import defercheck.syntax.ast.VarSpec;
import defercheck.syntax.token.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Refuses a statement whose value depends on the order of a load and a call within it. The Go spec ("Order
 * of evaluation") orders only calls, method calls, receives and the operands of {@code &&}/{@code ||}; gc's
 * order pass (cmd/compile/internal/walk/order.go) hoists the calls into temporaries in source order and does
 * the other loads afterwards, so {@code fmt.Println(x, f(&x))} prints what f stored. The model evaluates left
 * to right; rather than answer differently, such a statement is refused at the load.
 */
public final class EvalOrder {

    static final String CONSTRUCT = "order of a load and a call in one statement";

    private final Info info;
    private final Diagnostics diags;
    private final OrderEffects effects;
    private final List<FuncLit> pending = new ArrayList<>();
    /** The first pass gathers what each function does; the second, after the fixed point, refuses. */
    private boolean refusing;
    private FuncInfo current;
    /** Pass one's units with their functions; and the definitions {@code p := &v} that keep v's address local. */
    private final List<Unit> units = new ArrayList<>();

    /** A statement's (or initialiser's) unit of pass one, in the function it belongs to. */
    private record Unit(FuncInfo function, OrderUnit unit) { }
    private final java.util.Map<Expr, Var> confined = new java.util.IdentityHashMap<>();

    private EvalOrder(Info info, Diagnostics diags) {
        this.info = info;
        this.diags = diags;
        this.effects = new OrderEffects(info);
    }

    /** Checks every function the program lowers (instances included), its function literals and package initialisers. */
    public static void check(Info info, Diagnostics diags) {
        EvalOrder o = new EvalOrder(info, diags);
        o.pass();
        o.escapes();
        o.units.forEach(u -> u.unit().recordFacts(o.effects, u.function()));
        o.effects.solve();
        o.refusing = true;
        o.pass();
    }

    private void pass() {
        current = info.init();
        for (VarSpec spec : info.globalInits()) {
            unit(u -> spec.values().forEach(u::value));
        }
        for (FuncObj f : info.functions()) {
            FuncInfo fi = info.funcInfo(f.decl());
            if (f.decl().body() != null && fi != null) {
                current = fi;
                stmt(f.decl().body());
            }
        }
        while (!pending.isEmpty()) {
            FuncLit lit = pending.remove(0);
            current = info.funcInfo(lit);
            if (current != null) {
                stmt(lit.body());
            }
        }
    }

    /** A statement that lets other goroutines run (send, select, go, range over a channel or a function). */
    private void yields() {
        if (!refusing) {
            effects.factsOf(current).callees.add(effects.others);
        }
    }

    private void unit(Consumer<OrderUnit> walk) {
        OrderUnit u = new OrderUnit(info, pending, refusing ? effects : null);
        walk.accept(u);
        if (!refusing) {
            units.add(new Unit(current, u));
            return;
        }
        OrderUnit.Access[] conflict = u.firstConflict();
        if (conflict != null) {
            Expr load = conflict[0].node();
            diags.unsupported(load.span(), CONSTRUCT, "the order of " + ExprPrinter.print(load) + " and "
                    + describe(conflict[1].node()) + " in one statement (gc evaluates the call first; "
                    + "the Go spec leaves it open)");
        }
    }

    private static String describe(Expr write) {
        if (write instanceof CallExpr c) {
            return "the call " + ExprPrinter.print(c.fun());
        }
        return "the receive " + ExprPrinter.print(write);
    }

    private void value(Expr e) {
        if (e != null) {
            unit(u -> u.value(e));
        }
    }

    private void stmts(List<Stmt> list) {
        list.forEach(this::stmt);
    }

    private void stmt(Stmt s) {
        if (s == null) {
            return;
        }
        if (s instanceof Block b) {
            stmts(b.stmts());
        } else if (s instanceof ExprStmt x) {
            value(x.x());
        } else if (s instanceof AssignStmt a) {
            pointerDefinition(a);
            unit(u -> assign(u, a));
        } else if (s instanceof IncDecStmt x) {
            unit(u -> {
                u.value(x.x());
                u.stored(x.x());
            });
        } else if (s instanceof DeclStmt d) {
            d.decl().specs().forEach(spec -> unit(u -> spec.values().forEach(u::value)));
        } else if (s instanceof ReturnStmt r) {
            unit(u -> r.results().forEach(u::value));
        } else if (s instanceof DeferStmt d) {
            value(d.call());
        } else if (s instanceof GoStmt g) {
            if (!refusing && g.call() instanceof CallExpr c) {
                OrderEffects.Facts others = effects.factsOf(effects.others);
                others.memory |= effects.direct(c, others);
            }
            value(g.call());
        } else if (s instanceof SendStmt x) {
            yields();
            unit(u -> {
                u.value(x.chan());
                u.value(x.value());
            });
        } else if (s instanceof LabeledStmt l) {
            stmt(l.stmt());
        } else {
            control(s);
        }
    }

    /** Notes {@code p := &v} (or {@code p = &v}): v's address stays in p. */
    private void pointerDefinition(AssignStmt a) {
        if (a.lhs().size() == 1 && a.rhs().size() == 1 && a.lhs().get(0) instanceof Ident p
                && a.rhs().get(0) instanceof UnaryExpr u && u.op() == TokenKind.AND) {
            Var pv = info.definitionOf(p) != null ? info.definitionOf(p) : info.objectOf(p) instanceof Var x ? x : null;
            if (pv != null) {
                confined.put(u, pv);
            }
        }
    }

    /**
     * A variable's address escapes unless every address computation of it is {@code p := &v} with p a plain
     * local used only as {@code *p}: then a store to v by name changes nothing a caller can load.
     */
    private void escapes() {
        java.util.Set<Var> leaking = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<Var> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<Var> escaping = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Unit u : units) {
            for (OrderUnit.VarUse use : u.unit().varUses) {
                if (!use.dereferenced()) {
                    leaking.add(use.var());
                }
            }
        }
        for (Unit u : units) {
            for (OrderUnit.AddressOp op : u.unit().addressOps) {
                Var v = op.var();
                seen.add(v);
                Var p = confined.get(op.at());
                if (p == null || p.boxed() || p.kind() == Var.Kind.GLOBAL || leaking.contains(p)) {
                    escaping.add(v);
                }
            }
        }
        seen.removeAll(escaping);
        effects.confined.addAll(seen);
    }

    private static void assign(OrderUnit u, AssignStmt a) {
        boolean plain = a.op() == TokenKind.ASSIGN || a.op() == TokenKind.DEFINE;
        for (Expr lhs : a.lhs()) {
            u.stored(lhs);
            if (plain) {
                u.target(lhs);
            } else {
                u.value(lhs);
            }
        }
        a.rhs().forEach(u::value);
    }

    private void control(Stmt s) {
        if (s instanceof IfStmt x) {
            stmt(x.init());
            value(x.cond());
            stmt(x.then());
            stmt(x.otherwise());
        } else if (s instanceof ForStmt x) {
            stmt(x.init());
            value(x.cond());
            stmt(x.post());
            stmt(x.body());
        } else if (s instanceof SwitchStmt x) {
            stmt(x.init());
            value(x.tag());
            clauses(x.clauses());
        } else if (s instanceof TypeSwitchStmt x) {
            stmt(x.init());
            value(x.guard().x());
            x.clauses().forEach(c -> stmts(c.body()));
        } else if (s instanceof RangeStmt x) {
            Type t = info.typeOf(x.x());
            if (t == null || t.underlying() instanceof Type.Chan || t.underlying() instanceof Type.Func) {
                yields();
            }
            unit(u -> {
                u.value(x.x());
                if (x.key() != null) {
                    u.stored(x.key());
                }
                if (x.value() != null) {
                    u.stored(x.value());
                }
            });
            stmt(x.body());
        } else if (s instanceof SelectStmt x) {
            yields();
            for (CommClause c : x.clauses()) {
                comm(c.comm());
                stmts(c.body());
            }
        }
    }

    private void clauses(List<CaseClause> clauses) {
        for (CaseClause c : clauses) {
            if (c.list() != null) {
                c.list().forEach(this::value);
            }
            stmts(c.body());
        }
    }

    /** A select case's channel and sent value are evaluated on entry; its receive targets only when chosen. */
    private void comm(Stmt comm) {
        if (comm instanceof AssignStmt a) {
            unit(u -> {
                a.rhs().forEach(u::value);
                a.lhs().forEach(u::stored);
            });
        } else {
            stmt(comm);
        }
    }
}

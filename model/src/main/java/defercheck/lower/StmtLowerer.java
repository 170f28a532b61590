package defercheck.lower;

import defercheck.check.CallResolution;
import defercheck.check.Var;
import defercheck.ir.BinaryOp;
import defercheck.ir.Builtin;
import defercheck.ir.Constant;
import defercheck.ir.DeferSite;
import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.token.TokenKind;
import defercheck.syntax.ast.AssignStmt;
import defercheck.syntax.ast.BadStmt;
import defercheck.syntax.ast.Block;
import defercheck.syntax.ast.BranchStmt;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.ConstDeclStmt;
import defercheck.syntax.ast.DeclStmt;
import defercheck.syntax.ast.GoStmt;
import defercheck.syntax.ast.LabeledStmt;
import defercheck.syntax.ast.RangeStmt;
import defercheck.syntax.ast.SelectStmt;
import defercheck.syntax.ast.SendStmt;
import defercheck.syntax.ast.SwitchStmt;
import defercheck.syntax.ast.TypeSwitchStmt;
import defercheck.syntax.ast.DeferStmt;
import defercheck.syntax.ast.EmptyStmt;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.ExprStmt;
import defercheck.syntax.ast.ForStmt;
import defercheck.syntax.ast.FuncLit;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IfStmt;
import defercheck.syntax.ast.IncDecStmt;
import defercheck.syntax.ast.LabeledStmt;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.ReturnStmt;
import defercheck.syntax.ast.Stmt;
import defercheck.syntax.ast.StmtVisitor;
import defercheck.syntax.ast.SwitchStmt;
import defercheck.syntax.ast.TypeSwitchStmt;
import defercheck.syntax.ast.TypeDeclStmt;
import defercheck.syntax.ast.TypeAssertExpr;
import defercheck.syntax.ast.VarSpec;
import java.util.ArrayList;
import java.util.List;

/** Lowers statements; see the Instr javadoc for the evaluation-order contract. */
final class StmtLowerer {

    private final FunctionLowerer f;

    StmtLowerer(FunctionLowerer f) {
        this.f = f;
    }

    /**
     * A statement list. As it goes, it notes the statements gc's front end drops ({@link DeadStatementTracker}):
     * after a statement the 1.22 writer deems terminating, or after an if that deadcode.Func (up to 1.21)
     * resolves to a return or panic, up to the list's last label.
     */
    void stmts(List<Stmt> list) {
        int lastLabel = DeadStatementTracker.lastLabel(list);
        boolean writerDead = false;
        boolean cut = false;
        for (int i = 0; i < list.size(); i++) {
            Stmt s = list.get(i);
            int start = f.here();
            stmt(s);
            if (writerDead && i > lastLabel) {
                f.dead.droppedByWriter(start, f.here());
            } else {
                writerDead = f.dead.writerTerminates(s);
            }
            if (cut) {
                f.dead.droppedByDeadcode(start, f.here());
            } else {
                cut = i > lastLabel && f.dead.deadcodeCuts(s);
            }
        }
    }

    /** A statement; one that ssagen meets without a current block is lowered but marked as never emitted. */
    void stmt(Stmt s) {
        int start = f.here();
        boolean emitted = f.dead.emits(s);
        s.accept(dispatch);
        if (!emitted) {
            f.dead.notEmitted(start, f.here());
        }
    }

    /** Routes each statement form to its lowering; empty and bad statements emit nothing. */
    private final StmtVisitor<Void> dispatch = new StmtVisitor<>() {
        @Override
        public Void block(Block s) {
            stmts(s.stmts());
            return null;
        }

        @Override
        public Void exprStmt(ExprStmt s) {
            StmtLowerer.this.exprStmt(s);
            return null;
        }

        @Override
        public Void declStmt(DeclStmt s) {
            s.decl().specs().forEach(StmtLowerer.this::varSpec);
            return null;
        }

        @Override
        public Void assign(AssignStmt s) {
            StmtLowerer.this.assign(s);
            return null;
        }

        @Override
        public Void incDec(IncDecStmt s) {
            StmtLowerer.this.incDec(s);
            return null;
        }

        @Override
        public Void ifStmt(IfStmt s) {
            StmtLowerer.this.ifStmt(s);
            return null;
        }

        @Override
        public Void forStmt(ForStmt s) {
            StmtLowerer.this.forStmt(s, null);
            return null;
        }

        @Override
        public Void branch(BranchStmt s) {
            f.branches.branch(s);
            if (s.kind() != TokenKind.FALLTHROUGH) {
                f.dead.closeBlock();
            }
            return null;
        }

        @Override
        public Void returnStmt(ReturnStmt s) {
            StmtLowerer.this.returnStmt(s);
            return null;
        }

        @Override
        public Void deferStmt(DeferStmt s) {
            StmtLowerer.this.deferStmt(s);
            return null;
        }

        /** Types have no run-time effect: a (blank) type declaration emits nothing. */
        @Override
        public Void typeDecl(TypeDeclStmt s) {
            return null;
        }

        /** Constants have no run-time effect: their uses are constants. */
        @Override
        public Void constDecl(ConstDeclStmt s) {
            return null;
        }

        @Override
        public Void range(RangeStmt s) {
            f.ranges.range(s, null);
            return null;
        }

        @Override
        public Void switchStmt(SwitchStmt s) {
            f.switches.switchStmt(s, null);
            return null;
        }

        @Override
        public Void typeSwitch(TypeSwitchStmt s) {
            f.switches.typeSwitch(s, null);
            return null;
        }

        @Override
        public Void select(SelectStmt s) {
            f.selects.select(s, null);
            return null;
        }

        @Override
        public Void labeled(LabeledStmt s) {
            StmtLowerer.this.labeled(s);
            return null;
        }

        @Override
        public Void goStmt(GoStmt s) {
            StmtLowerer.this.goStmt(s);
            return null;
        }

        @Override
        public Void send(SendStmt s) {
            f.expr(s.chan());
            f.expr(s.value());
            Type elem = ((Type.Chan) f.exprs.typeOf(s.chan()).underlying()).elem();
            Type from = f.exprs.typeOf(s.value());
            if (from == null || !from.equals(elem)) {
                f.emit(new Instr.Convert(elem, s.span()));
            }
            f.emit(new Instr.Send(s.span()));
            return null;
        }

        @Override
        public Void empty(EmptyStmt s) {
            return null;
        }

        @Override
        public Void bad(BadStmt s) {
            return null;
        }
    };

    /** The checker refuses these statements, so a checked program never has one. */
    private static AssertionError refused(Stmt s) {
        return new AssertionError("statement the checker refuses: " + s.span());
    }

    private void exprStmt(ExprStmt s) {
        Expr e = unparen(s.x());
        if (e instanceof defercheck.syntax.ast.UnaryExpr u) {
            f.exprs.receive(u, false);
            f.emit(new Instr.Pop(e.span()));
            return;
        }
        f.calls.call((CallExpr) e);
        for (int i = f.calls.resultCount((CallExpr) e); i > 0; i--) {
            f.emit(new Instr.Pop(e.span()));
        }
        if (f.dead.isPanic(e)) {
            f.dead.closeBlock();
        }
    }

    private static Expr unparen(Expr e) {
        while (e instanceof ParenExpr) {
            e = ((ParenExpr) e).x();
        }
        return e;
    }

    /** Pushes {@code n} values: one per expression, a spread multi-value call, or a comma-ok assertion. */
    void pushValues(List<Expr> rhs, int n) {
        Expr one = rhs.size() == 1 ? unparen(rhs.get(0)) : null;
        if (n == 2 && one instanceof TypeAssertExpr a) {
            f.expr(a.x());
            f.emit(new Instr.TypeAssert(f.ctx.info.typeOf(a), f.ctx.info.typeOf(a.x()), true, a.span()));
            return;
        }
        if (n == 2 && one instanceof defercheck.syntax.ast.UnaryExpr u && u.op() == TokenKind.ARROW) {
            f.exprs.receive(u, true);
            return;
        }
        if (n == 2 && one instanceof defercheck.syntax.ast.IndexExpr ix && f.ctx.info.isCommaOk(ix)) {
            f.exprs.index(ix, true);
            return;
        }
        rhs.forEach(f::expr);
    }

    private void varSpec(VarSpec spec) {
        if (spec.values().isEmpty()) {
            for (Ident n : spec.names()) {
                Var v = f.ctx.info.definitionOf(n);
                if (!n.name().equals("_")) {
                    f.declareZero(v, n.span());
                }
            }
            return;
        }
        pushValues(spec.values(), spec.names().size());
        List<Var> targets = new ArrayList<>();
        for (Ident n : spec.names()) {
            Var v = n.name().equals("_") ? null : f.ctx.info.definitionOf(n);
            if (v != null) {
                f.declare(v, n.span());
            }
            targets.add(v);
        }
        storeAll(targets, spec.span());
    }

    /**
     * Pops the pushed values into the targets, last first. Go assigns left to right, so when a variable
     * appears twice the leftmost-wins order is kept by popping the earlier copy's value away.
     */
    private void storeAll(List<Var> targets, Span at) {
        for (int i = targets.size() - 1; i >= 0; i--) {
            Var v = targets.get(i);
            if (v == null || targets.subList(i + 1, targets.size()).contains(v)) {
                f.emit(new Instr.Pop(at));
            } else {
                f.store(v, at);
            }
        }
    }

    private void assign(AssignStmt s) {
        if (s.op() != TokenKind.DEFINE && s.op() != TokenKind.ASSIGN) {
            f.assignments.opAssign(s.lhs().get(0), s.op().assignOpBase(), s.rhs().get(0), f.ctx.info.operandType(s),
                    s.span(), false);
            return;
        }
        if (s.op() == TokenKind.DEFINE) {
            shortVarDecl(s);
            return;
        }
        f.assignments.assign(s.lhs(), s.rhs(), s.span());
    }

    /** {@code :=}: the values first, then the new variables are declared and all are assigned. */
    private void shortVarDecl(AssignStmt s) {
        pushValues(s.rhs(), s.lhs().size());
        List<Var> targets = new ArrayList<>();
        for (Expr e : s.lhs()) {
            Ident id = (Ident) e;
            Var fresh = f.ctx.info.definitionOf(id);
            if (fresh != null) {
                f.declare(fresh, id.span());
            }
            targets.add(id.name().equals("_") ? null : (Var) f.ctx.info.objectOf(id));
        }
        storeAll(targets, s.span());
    }

    private void incDec(IncDecStmt s) {
        Type t = f.ctx.info.operandType(s);
        f.assignments.opAssign(s.x(), s.increment() ? TokenKind.ADD : TokenKind.SUB, null, t, s.span(), !s.increment());
    }

    private void ifStmt(IfStmt s) {
        if (s.init() != null) {
            stmt(s.init());
        }
        f.expr(s.cond());
        int toElse = f.emit(new Instr.JumpIfFalse(-1, s.cond().span()));
        int depth = f.branches.depth();
        int cond = f.dead.staticBool(s.cond());
        branch(s.then(), cond < 0);
        f.branches.restore(depth);
        if (s.otherwise() == null) {
            f.patch(toElse, f.here());
            f.dead.openBlock();
            return;
        }
        int toEnd = f.emit(new Instr.Jump(-1, s.then().rbrace()));
        f.patch(toElse, f.here());
        branch(s.otherwise(), cond > 0);
        f.branches.restore(depth);
        f.patch(toEnd, f.here());
        f.dead.openBlock();
    }

    /** A branch of an if, in a new block; one that a constant condition rules out gc's front end drops. */
    private void branch(Stmt body, boolean ruledOut) {
        f.dead.openBlock();
        int start = f.here();
        stmt(body);
        if (ruledOut) {
            f.dead.droppedByWriter(start, f.here());
            f.dead.droppedByDeadcode(start, f.here());
        }
    }

    /** A label, then its statement; a for or switch takes the label for its labeled break and continue. */
    private void labeled(LabeledStmt s) {
        f.dead.openBlock();
        f.branches.label(s);
        Stmt inner = s.stmt();
        String name = s.label().name();
        if (inner instanceof ForStmt fs) {
            forStmt(fs, name);
        } else if (inner instanceof RangeStmt rs) {
            f.ranges.range(rs, name);
        } else if (inner instanceof SwitchStmt sw) {
            f.switches.switchStmt(sw, name);
        } else if (inner instanceof TypeSwitchStmt ts) {
            f.switches.typeSwitch(ts, name);
        } else if (inner instanceof SelectStmt sel) {
            f.selects.select(sel, name);
        } else {
            stmt(inner);
        }
    }

    /**
     * init; cond: if !cond goto end; body; continue: [RenewBoxed per-iteration vars]; post; goto cond; end.
     * From Go 1.22 each iteration has its own copy of a captured loop variable declared by init.
     */
    private void forStmt(ForStmt s, String label) {
        if (s.init() != null) {
            stmt(s.init());
        }
        int top = f.here();
        int exit = -1;
        if (s.cond() != null) {
            f.expr(s.cond());
            exit = f.emit(new Instr.JumpIfFalse(-1, s.cond().span()));
        }
        int depth = f.branches.depth();
        Branches.Target loop = f.branches.enterLoop(label);
        f.dead.openBlock();
        int bodyStart = f.here();
        stmt(s.body());
        int next = f.here();
        renewLoopVars(s);
        if (s.post() != null) {
            stmt(s.post());
        }
        f.emit(new Instr.Jump(top, s.span()));
        int end = f.here();
        if (exit >= 0) {
            f.patch(exit, end);
        }
        f.branches.leave(loop, end, next);
        f.branches.restore(depth);
        if (f.dead.staticBool(s.cond()) < 0) {
            f.dead.droppedByWriter(bodyStart, end);
        }
        f.dead.openBlock();
    }

    private void renewLoopVars(ForStmt s) {
        if (!f.ctx.language.perIterationLoopVars() || !(s.init() instanceof AssignStmt)
                || ((AssignStmt) s.init()).op() != TokenKind.DEFINE) {
            return;
        }
        for (Expr e : ((AssignStmt) s.init()).lhs()) {
            Var v = f.ctx.info.definitionOf((Ident) e);
            if (v != null && v.boxed()) {
                f.emit(new Instr.RenewBoxed(f.slot(v), e.span()));
            }
        }
    }

    /** All operands are evaluated before any result slot is written, so a panicking operand leaves them. */
    private void returnStmt(ReturnStmt s) {
        f.returns++;
        if (f.rangeBody != null) {
            f.rangeFuncs.returnStmt(s);
            f.dead.closeBlock();
            return;
        }
        if (!s.results().isEmpty()) {
            pushValues(s.results(), f.fi.results().size());
            List<Var> results = new ArrayList<>(f.fi.results());
            for (int i = results.size() - 1; i >= 0; i--) {
                f.store(results.get(i), s.span());
            }
        }
        f.emit(new Instr.Return(s.span()));
        f.dead.closeBlock();
    }

    /** The go statement: the function value and the arguments are evaluated here, the call runs in a new goroutine. */
    private void goStmt(GoStmt s) {
        CallExpr c = (CallExpr) unparen(s.call());
        CallResolution.FuncCall fc = (CallResolution.FuncCall) f.ctx.info.callKind(c);
        if (!f.methods.deferredCallee(c)) {
            f.expr(c.fun());
        }
        int argc = f.calls.args(c, fc.signature()) + f.methods.receiverArgs(c);
        f.emit(new Instr.Go(argc, s.span()));
    }

    private void deferStmt(DeferStmt s) {
        CallExpr c = (CallExpr) s.call();
        int site = f.sites.size();
        String callee = c.fun() instanceof FuncLit ? "func literal" : ExprPrinter.print(c.fun());
        // a defer in a range-over-func body is never EscNever (escape/call.go: DeferAt), like one in a loop
        f.sites.add(new DeferSite(site, s.span(), f.branches.inLoop() || f.rangeBody != null, callee));
        CallResolution k = f.ctx.info.callKind(c);
        if (k instanceof CallResolution.BuiltinCall) {
            Builtin b = ((CallResolution.BuiltinCall) k).builtin();
            int argc = f.calls.builtinArgs(b, c);
            if (f.rangeBody != null) {
                f.rangeFuncs.deferTo(s.span());
            }
            f.emit(new Instr.DeferBuiltin(site, b, argc, s.span()));
        } else {
            CallResolution.FuncCall fc = (CallResolution.FuncCall) k;
            if (!f.methods.deferredCallee(c)) {
                f.expr(c.fun());
            }
            int argc = f.calls.args(c, fc.signature()) + f.methods.receiverArgs(c);
            if (f.rangeBody != null) {
                f.rangeFuncs.deferTo(s.span());
            }
            f.emit(new Instr.Defer(site, argc, s.span()));
        }
    }
}

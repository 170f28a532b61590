package defercheck.check;

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
import defercheck.syntax.ast.GoStmt;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.LabeledStmt;
import defercheck.syntax.ast.RangeStmt;
import defercheck.syntax.ast.SelectStmt;
import defercheck.syntax.ast.SendStmt;
import defercheck.syntax.ast.SwitchStmt;
import defercheck.syntax.ast.TypeSwitchStmt;
import defercheck.syntax.ast.UnaryExpr;
import defercheck.syntax.ast.DeclStmt;
import defercheck.syntax.ast.DeferStmt;
import defercheck.syntax.ast.EmptyStmt;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.ExprStmt;
import defercheck.syntax.ast.Field;
import defercheck.syntax.ast.ForStmt;
import defercheck.syntax.ast.FuncType;
import defercheck.syntax.ast.IfStmt;
import defercheck.syntax.ast.IncDecStmt;
import defercheck.syntax.ast.LabeledStmt;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.ReturnStmt;
import defercheck.syntax.ast.Stmt;
import defercheck.syntax.ast.StmtVisitor;
import defercheck.syntax.ast.SwitchStmt;
import defercheck.syntax.ast.TypeSwitchStmt;
import defercheck.syntax.ast.UnaryExpr;
import defercheck.syntax.ast.TypeDeclStmt;
import defercheck.syntax.ast.TypeSpec;
import java.util.List;
import java.util.stream.Collectors;

/** Statements, function bodies and the "missing return" rule. Assignments are in {@link AssignChecker}. */
final class StmtChecker {

    private final Env env;

    StmtChecker(Env env) {
        this.env = env;
    }

    /**
     * Declares the parameters and results of {@code fi} and checks its body in the same block: the Go spec
     * puts parameters and results in the scope of the function body's outermost block, so there a short variable
     * declaration of a result's or parameter's name assigns it, and {@code var} of it is a redeclaration.
     */
    void funcBody(FuncInfo fi, FuncType type) {
        funcBody(fi, type, null);
    }

    /** A method's body: the receiver is its first parameter. */
    void funcBody(FuncInfo fi, FuncType type, Field recv) {
        FuncContext outer = env.ctx;
        env.ctx = new FuncContext(fi, new Scope(env.scope()));
        List<Field> params = type.params();
        if (recv != null) {
            params = new java.util.ArrayList<>(params);
            params.add(0, recv);
        }
        declareFields(fi, params, fi.type().params(), Var.Kind.PARAM, "~p");
        declareFields(fi, type.results(), fi.type().results(), Var.Kind.RESULT, "~r");
        fi.setNamedResults(type.results().stream().anyMatch(f -> f.name() != null));
        if (fi.body() != null) {
            stmts(fi.body().stmts());
            if (!fi.type().results().isEmpty() && !Terminating.isTerminating(fi.body())) {
                env.error(fi.body().rbrace(), "missing return");
            }
            BranchChecker.check(env, fi.body());
        }
        FuncContext done = env.ctx;
        env.ctx = outer;
        if (done.parserErrors && outer != null) {
            outer.parserErrors = true;
        } else if (!done.parserErrors) {
            done.branchErrors.forEach(d -> env.error(d.span(), d.message()));
        }
    }

    private void declareFields(FuncInfo fi, List<Field> fields, List<Type> types, Var.Kind kind, String hidden) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String name = f.name() == null || f.name().name().equals("_") ? hidden + i : f.name().name();
            Var v = new Var(name, types.get(i), f.span(), kind, fi, -1);
            (kind == Var.Kind.PARAM ? fi.params() : fi.results()).add(v);
            if (f.name() != null && !f.name().name().equals("_")) {
                declare(v, f.name().span());
                env.info.defs.put(f.name(), v);
            }
        }
    }

    /**
     * Adds a variable to the current block; a redeclaration in the same block is reported and, as in types2,
     * the new variable is not declared (so it is never reported unused). Returns whether it was declared.
     */
    boolean declare(Var v, Span at) {
        Obj old = env.ctx.scope.lookupLocal(v.name());
        if (old instanceof Var) {
            env.error(at, v.name() + " redeclared in this block\n\t" + ((Var) old).declared().position()
                    + ": other declaration of " + v.name());
            return false;
        }
        env.ctx.scope.insert(v);
        return true;
    }

    void stmts(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    void stmt(Stmt s) {
        s.accept(dispatch);
    }

    /** Routes each statement form to its check; empty and bad statements need none. */
    private final StmtVisitor<Void> dispatch = new StmtVisitor<>() {
        @Override
        public Void block(Block s) {
            env.ctx.open();
            stmts(s.stmts());
            env.ctx.close();
            return null;
        }

        @Override
        public Void exprStmt(ExprStmt s) {
            StmtChecker.this.exprStmt(s);
            return null;
        }

        @Override
        public Void declStmt(DeclStmt s) {
            env.assigns.localVarDecl(s.decl());
            return null;
        }

        @Override
        public Void assign(AssignStmt s) {
            env.assigns.assignStmt(s);
            return null;
        }

        @Override
        public Void incDec(IncDecStmt s) {
            env.assigns.incDec(s);
            return null;
        }

        @Override
        public Void ifStmt(IfStmt s) {
            StmtChecker.this.ifStmt(s);
            return null;
        }

        @Override
        public Void forStmt(ForStmt s) {
            StmtChecker.this.forStmt(s);
            return null;
        }

        /** Branches and labels are checked per function body by {@link BranchChecker}. */
        @Override
        public Void branch(BranchStmt s) {
            return null;
        }

        @Override
        public Void returnStmt(ReturnStmt s) {
            StmtChecker.this.returnStmt(s);
            return null;
        }

        @Override
        public Void deferStmt(DeferStmt s) {
            StmtChecker.this.deferStmt(s);
            return null;
        }

        @Override
        public Void typeDecl(TypeDeclStmt s) {
            StmtChecker.this.typeDecl(s);
            return null;
        }

        @Override
        public Void constDecl(ConstDeclStmt s) {
            for (ConstObj o : env.consts.decl(s.decl())) {
                if (!o.name().equals("_")) {
                    Obj old = env.ctx.scope.lookupLocal(o.name());
                    if (old != null) {
                        env.error(o.declared(), o.name() + " redeclared in this block"
                                + TypeDeclChecker.otherDeclaration(old));
                    } else {
                        env.ctx.scope.insert(o);
                    }
                }
            }
            return null;
        }

        @Override
        public Void range(RangeStmt s) {
            env.ranges.range(s);
            return null;
        }

        @Override
        public Void switchStmt(SwitchStmt s) {
            env.switches.switchStmt(s);
            return null;
        }

        @Override
        public Void typeSwitch(TypeSwitchStmt s) {
            env.switches.typeSwitch(s);
            return null;
        }

        @Override
        public Void select(SelectStmt s) {
            StmtChecker.this.select(s);
            return null;
        }

        /** The label itself is checked with the function's other branches ({@link BranchChecker}). */
        @Override
        public Void labeled(LabeledStmt s) {
            stmt(s.stmt());
            return null;
        }

        @Override
        public Void goStmt(GoStmt s) {
            callStmt(s.call(), "go");
            return null;
        }

        @Override
        public Void send(SendStmt s) {
            StmtChecker.this.send(s);
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

    /** A statement the model does not run yet: named once per file, and its parts left unchecked. */
    private Void refuse(Stmt s, String construct) {
        env.unsupported(s.span(), construct);
        return null;
    }

    private Void refuse(Ident label, String construct) {
        env.unsupported(label.span(), construct);
        return null;
    }

    /**
     * Go spec "Expression statements": a call, except of the builtins that only compute a value (append cap complex
     * imag len make new real min max) and conversions; a receive.
     */
    private void exprStmt(ExprStmt s) {
        Operand x = env.exprs.expr(s.x());
        if (x.invalid()) {
            return;
        }
        Expr e = ExprChecker.unparen(s.x());
        boolean receive = e instanceof UnaryExpr u && u.op() == TokenKind.ARROW;
        if (!receive && (!(e instanceof CallExpr c) || discardsResult(c))) {
            env.error(s.x().span(), env.assign.single(x).invalid() ? ExprPrinter.print(s.x()) + " is not used"
                    : x.describe() + " is not used");
        }
    }

    /** A conversion or a call of a builtin whose only effect is its value. */
    private boolean discardsResult(CallExpr c) {
        CallResolution k = env.info.calls.get(c);
        if (k instanceof CallResolution.Conversion || k instanceof CallResolution.New || k instanceof CallResolution.Make
                || k instanceof CallResolution.Append) {
            return true;
        }
        if (k instanceof CallResolution.BuiltinCall b) {
            return switch (b.builtin()) {
                case LEN, CAP, COMPLEX, REAL, IMAG, MIN, MAX -> true;
                default -> false;
            };
        }
        return k == null && ExprChecker.unparen(c.fun()) instanceof Ident id
                && env.info.uses.get(id) instanceof BuiltinObj;
    }

    private void condition(Expr cond, String stmt) {
        if (cond == null) {
            return;
        }
        Operand x = env.exprs.value(cond);
        if (!x.invalid() && (x.mode() == Mode.NIL || !Types.isBoolean(x.type()))) {
            env.error(cond.span(), "non-boolean condition in " + stmt + " statement");
        } else if (!x.invalid()) {
            env.assign.defaultType(x, "condition");
        }
    }

    private void ifStmt(IfStmt s) {
        env.ctx.open();
        if (s.init() != null) {
            stmt(s.init());
        }
        condition(s.cond(), "if");
        stmt(s.then());
        if (s.otherwise() != null) {
            stmt(s.otherwise());
        }
        env.ctx.close();
    }

    private void forStmt(ForStmt s) {
        env.ctx.open();
        if (s.init() != null) {
            stmt(s.init());
        }
        condition(s.cond(), "for");
        if (s.post() != null) {
            if (s.post() instanceof AssignStmt && ((AssignStmt) s.post()).op() == TokenKind.DEFINE) {
                env.error(s.post().span(), "cannot declare in post statement of for loop");
            } else {
                stmt(s.post());
            }
        }
        stmt(s.body());
        env.ctx.close();
    }

    private void returnStmt(ReturnStmt s) {
        FuncInfo fi = env.ctx.info;
        List<Type> want = fi.type().results();
        if (env.ctx.owner != fi && !s.results().isEmpty()) {
            // a range-over-func body assigns the enclosing function's results from its closure
            fi.results().forEach(Var::markCaptured);
        }
        if (s.results().isEmpty()) {
            if (!want.isEmpty() && !fi.namedResults()) {
                returnCount(s.span(), "not enough", List.of(), want);
            }
            return;
        }
        List<Operand> have = env.calls.args(new CallExpr(null, s.results(), s.span(), s.span(), s.span()));
        if (have == null) {
            return;
        }
        if (have.size() != want.size()) {
            boolean few = have.size() < want.size();
            Span at = few ? have.get(have.size() - 1).expr().span() : have.get(want.size()).expr().span();
            returnCount(at, few ? "not enough" : "too many", have, want);
            return;
        }
        for (int i = 0; i < have.size(); i++) {
            env.assign.assign(have.get(i), want.get(i), "return statement");
        }
    }

    private void returnCount(Span at, String what, List<Operand> have, List<Type> want) {
        env.error(at, what + " return values\n\thave (" + have.stream().map(Operand::haveName)
                .collect(Collectors.joining(", ")) + ")\n\twant (" + want.stream().map(Type::toString)
                .collect(Collectors.joining(", ")) + ")");
    }

    /**
     * A local type declaration: bound in the current block (so it may refer to itself), then resolved. Each one is a
     * distinct type; the runtime spells them all main.T.
     */
    private void typeDecl(TypeDeclStmt s) {
        for (TypeSpec spec : s.specs()) {
            Type.Named n = env.typeDecls.bind(spec, env.ctx.scope, ++localTypes);
            if (n != null) {
                env.typeDecls.resolve(n);
            } else if (!spec.alias() && spec.typeParams().isEmpty()) {
                env.types.resolve(spec.type());
            }
        }
    }

    private int localTypes;

    private void deferStmt(DeferStmt s) {
        callStmt(s.call(), "defer");
    }

    /**
     * The select statement (Go spec "Select statements"): each case a send or a receive, possibly assigned; each
     * clause its own block.
     */
    private void select(SelectStmt s) {
        defercheck.syntax.ast.CommClause first = null;
        for (defercheck.syntax.ast.CommClause c : s.clauses()) {
            if (c.comm() == null) {
                if (first != null) {
                    env.error(c.span(), "multiple defaults (first at " + first.span().position() + ")");
                } else {
                    first = c;
                }
            }
        }
        for (defercheck.syntax.ast.CommClause c : s.clauses()) {
            if (c.comm() != null && !(c.comm() instanceof SendStmt) && SelectCases.receive(c.comm()) == null) {
                env.error(c.comm().span(), "select case must be send or receive (possibly with assignment)");
                continue;
            }
            env.ctx.open();
            if (c.comm() != null) {
                stmt(c.comm());
            }
            stmts(c.body());
            env.ctx.close();
        }
    }

    /** {@code ch <- v} (Go spec "Send statements"): a channel that is not receive-only, v assignable to its element. */
    private void send(SendStmt s) {
        Operand ch = env.exprs.value(s.chan());
        Operand v = env.exprs.value(s.value());
        if (ch.invalid() || v.invalid()) {
            return;
        }
        Type.Chan c = ChannelOperand.of(env, ch, s.span(), "send to", Type.ChanDir.RECV);
        if (c != null) {
            env.assign.assign(v, c.elem(), "send");
        }
    }

    /** The call of a defer or go statement (Go spec "Defer statements", "Go statements"): the same rules. */
    private void callStmt(Expr e, String keyword) {
        if (e instanceof ParenExpr) {
            env.ctx.parserErrors = true;
            env.error(e.span(), "expression in " + keyword + " must not be parenthesized");
            env.exprs.expr(e);
            return;
        }
        if (!(e instanceof CallExpr)) {
            env.ctx.parserErrors = true;
            env.error(e.span(), "expression in " + keyword + " must be function call");
            Operand x = env.exprs.expr(e);
            if (!env.version.atLeast(20) && !x.invalid() && x.mode() != Mode.TYPE && x.mode() != Mode.BUILTIN
                    && !(x.type() instanceof Type.Func)) {
                // go1.19's types2 also checked the expression as a call
                env.error(e.span(), "invalid operation: cannot call non-function " + x.describe());
            }
            return;
        }
        Operand x = env.exprs.expr(e);
        if (x.invalid()) {
            return;
        }
        if (env.info.calls.get(e) instanceof CallResolution.Conversion) {
            env.error(e.span(), keyword + " requires function call, not conversion"
                    + (env.version.atLeast(21) ? " " + x.describe() : ""));
        } else if (discardsResult((CallExpr) e)) {
            env.error(e.span(), keyword + " discards result of " + x.describe());
        } else if (env.info.calls.get(e) instanceof CallResolution.SpreadBuiltinCall) {
            env.unsupported(e.span(), keyword.equals("go") ? "go statements of library calls with ..."
                    : "deferred library calls with ...");
        } else if (keyword.equals("go") && !(env.info.calls.get(e) instanceof CallResolution.FuncCall)) {
            env.unsupported(e.span(), "go statements of builtin and library calls");
        }
    }
}

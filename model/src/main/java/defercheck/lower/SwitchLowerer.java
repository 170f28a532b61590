package defercheck.lower;

import defercheck.check.Info;
import defercheck.check.Var;
import defercheck.ir.BinaryOp;
import defercheck.ir.Constant;
import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.ir.UnaryOp;
import defercheck.source.Span;
import defercheck.syntax.ast.BranchStmt;
import defercheck.syntax.ast.CaseClause;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Stmt;
import defercheck.syntax.ast.SwitchStmt;
import defercheck.syntax.ast.TypeSwitchStmt;
import defercheck.syntax.token.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Switch statements. The tag (or the type switch's operand) is evaluated once into a hidden slot; then the
 * case values are compared in source order, left to right and top to bottom, each jumping to its clause's
 * body on a match (Go spec "Expression switches"); when none matches, the default body runs, or nothing.
 * Bodies are laid out in source order, so a {@code fallthrough} just runs on into the next one; every other
 * body ends with a jump to the end, which is also where {@code break} goes.
 */
final class SwitchLowerer {

    private final FunctionLowerer f;

    SwitchLowerer(FunctionLowerer f) {
        this.f = f;
    }

    void switchStmt(SwitchStmt s, String label) {
        if (s.init() != null) {
            f.stmts.stmt(s.init());
        }
        List<CaseClause> clauses = s.clauses();
        int only = staticClause(s, f.ctx.info);
        if (only != DYNAMIC) {
            clauses = only == NONE ? List.of() : List.of(clauses.get(only));
        }
        Branches.Target target = f.branches.enterSwitch(label);
        Var tag = null;
        if (s.tag() != null && only == DYNAMIC) {
            tag = hidden(f.ctx.info.typeOf(s.tag()), s.tag().span());
            f.expr(s.tag());
            f.store(tag, s.tag().span());
        }
        List<List<Integer>> toBody = new ArrayList<>();
        for (CaseClause c : clauses) {
            List<Integer> jumps = new ArrayList<>();
            for (Expr e : only == DYNAMIC ? values(c) : List.<Expr>of()) {
                if (tag != null) {
                    f.load(tag, e.span());
                    f.expr(e);
                    f.emit(new Instr.Binary(BinaryOp.EQ, f.ctx.info.operandType(e), e.span()));
                } else {
                    f.expr(e);
                }
                jumps.add(jumpIfTrue(e.span()));
            }
            toBody.add(jumps);
        }
        bodies(clauses, toBody, target, s.span(), only != DYNAMIC, c -> { });
    }

    void typeSwitch(TypeSwitchStmt s, String label) {
        if (s.init() != null) {
            f.stmts.stmt(s.init());
        }
        Info info = f.ctx.info;
        Type source = info.typeOf(s.guard().x());
        Var x = hidden(source, s.guard().span());
        f.expr(s.guard().x());
        f.store(x, s.guard().span());
        Branches.Target target = f.branches.enterSwitch(label);
        List<List<Integer>> toBody = new ArrayList<>();
        for (CaseClause c : s.clauses()) {
            List<Integer> jumps = new ArrayList<>();
            for (Expr e : values(c)) {
                jumps.add(typeTest(x, source, info.typeOf(e), e.span()));
            }
            toBody.add(jumps);
        }
        bodies(s.clauses(), toBody, target, s.span(), false, c -> bind(c, x, source));
    }

    /**
     * {@code x == nil} for a nil case, else the comma-ok assertion {@code x.(T)}, whose value is dropped: the
     * clause's variable is set at its body. Returns the jump to patch to the body.
     */
    private int typeTest(Var x, Type source, Type t, Span at) {
        f.load(x, at);
        if (t.equals(Type.UNTYPED_NIL)) {
            f.emit(new Instr.PushConst(new Constant.NilConst(source), at));
            f.emit(new Instr.Binary(BinaryOp.EQ, source, at));
            return jumpIfTrue(at);
        }
        f.emit(new Instr.TypeAssert(t, source, true, at));
        int fail = f.emit(new Instr.JumpIfFalse(-1, at));
        f.emit(new Instr.Pop(at));
        int match = f.emit(new Instr.Jump(-1, at));
        f.patch(fail, f.here());
        f.emit(new Instr.Pop(at));
        return match;
    }

    /** The clause's own variable: the value asserted to the clause's single type, else the operand itself. */
    private void bind(CaseClause c, Var x, Type source) {
        Var v = f.ctx.info.implicitOf(c);
        if (v == null) {
            return;
        }
        Span at = c.span();
        f.load(x, at);
        if (!v.type().equals(source)) {
            f.emit(new Instr.TypeAssert(v.type(), source, false, at));
        }
        f.declare(v, at);
        f.store(v, at);
    }

    /**
     * Lays out the bodies after the tests, each starting with its {@code prologue}: no match goes to the
     * default body or the end. {@code straight} is for a switch gc resolved at compile time, left with one body
     * or none and no tests.
     */
    private void bodies(List<CaseClause> clauses, List<List<Integer>> toBody, Branches.Target target, Span at,
            boolean straight, Consumer<CaseClause> prologue) {
        int noMatch = straight ? -1 : f.emit(new Instr.Jump(-1, at));
        List<Integer> toEnd = new ArrayList<>();
        int defaultStart = -1;
        for (int i = 0; i < clauses.size(); i++) {
            CaseClause c = clauses.get(i);
            int start = f.here();
            toBody.get(i).forEach(j -> f.patch(j, start));
            if (c.isDefault()) {
                defaultStart = start;
            }
            int depth = f.branches.depth();
            f.dead.openBlock();
            prologue.accept(c);
            f.stmts.stmts(c.body());
            f.branches.restore(depth);
            if (!endsInFallthrough(c.body())) {
                toEnd.add(f.emit(new Instr.Jump(-1, c.span())));
            }
        }
        int end = f.here();
        if (noMatch >= 0) {
            f.patch(noMatch, defaultStart >= 0 && !straight ? defaultStart : end);
        }
        toEnd.forEach(j -> f.patch(j, end));
        f.branches.leave(target, end, -1);
        f.dead.openBlock();
    }

    /** Jumps when the bool on the stack is true: the negation is false. */
    private int jumpIfTrue(Span at) {
        f.emit(new Instr.Unary(UnaryOp.NOT, at));
        return f.emit(new Instr.JumpIfFalse(-1, at));
    }

    private Var hidden(Type t, Span at) {
        Var v = new Var("~switch", t, at, Var.Kind.LOCAL, f.fi, -1);
        f.declare(v, at);
        return v;
    }

    private static List<Expr> values(CaseClause c) {
        return c.isDefault() ? List.of() : c.list();
    }

    static boolean endsInFallthrough(List<Stmt> body) {
        return !body.isEmpty() && body.get(body.size() - 1) instanceof BranchStmt b
                && b.kind() == TokenKind.FALLTHROUGH;
    }

    /** {@link #staticClause}: the switch is resolved at run time. */
    static final int DYNAMIC = -2;
    /** {@link #staticClause}: no clause ever runs. */
    static final int NONE = -1;

    /**
     * gc resolves a switch whose tag (or implicit {@code true}) and case values are constants at compile time,
     * keeping only the clause that always runs (walk never sees the others, so their defers are neither counted
     * nor emitted): up to 1.21 in deadcode.Func, from 1.22 in the unified IR writer's switchStmt. It scans the
     * cases in order, gives up at the first non-constant one before a match, and gives up when the chosen body
     * ends in fallthrough. Returns the clause index, {@link #NONE} or {@link #DYNAMIC}.
     */
    static int staticClause(SwitchStmt s, Info info) {
        Constant tag = s.tag() == null ? new Constant.BoolConst(true) : info.constantOf(s.tag());
        if (tag == null) {
            return DYNAMIC;
        }
        int chosen = NONE;
        scan:
        for (int i = 0; i < s.clauses().size(); i++) {
            CaseClause c = s.clauses().get(i);
            if (c.isDefault()) {
                chosen = i;
            }
            for (Expr e : values(c)) {
                Constant v = info.constantOf(e);
                if (v == null) {
                    return DYNAMIC;
                }
                if (v.equals(tag)) {
                    chosen = i;
                    break scan;
                }
            }
        }
        return chosen >= 0 && endsInFallthrough(s.clauses().get(chosen).body()) ? DYNAMIC : chosen;
    }
}

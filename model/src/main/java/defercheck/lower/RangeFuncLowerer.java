package defercheck.lower;

import defercheck.check.FuncInfo;
import defercheck.check.Var;
import defercheck.ir.BinaryOp;
import defercheck.ir.Constant;
import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ast.BranchStmt;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.RangeStmt;
import defercheck.syntax.ast.ReturnStmt;
import defercheck.syntax.token.TokenKind;
import java.util.List;

/**
 * Range over a function (Go 1.23), lowered as gc's rangefunc rewrite (cmd/compile/internal/rangefunc/rewrite.go)
 * compiles it: the body becomes a closure passed to the iterator as yield, a per-loop #state checks that the
 * iterator calls it only while the loop runs (runtime.panicrangestate), control flow that leaves the body sets
 * #next and returns false so that the owner finishes it once the iterator returned, and a defer in the body goes
 * onto the enclosing function's frame through the token of runtime.deferrangefunc. The #next codes are the
 * model's own; only their effect is gc's.
 */
final class RangeFuncLowerer {

    /** abi.RF_State. */
    static final long DONE = 0;
    static final long READY = 1;
    static final long PANIC = 2;
    static final long EXHAUSTED = 3;
    static final long MISSING_PANIC = 4;

    private final FunctionLowerer f;

    RangeFuncLowerer(FunctionLowerer f) {
        this.f = f;
    }

    /** The loop statement, in its owner {@code f}: #state, the iterator call, the state check and the exits. */
    void range(RangeStmt s, String label) {
        Span at = s.span();
        RangeBody outer = f.rangeBody;
        RangeBody.Nest nest = outer == null ? new RangeBody.Nest(f.fi) : outer.nest;
        if (outer == null) {
            nest.next = hidden("#next", Type.INT, at);
            if (RangeFuncScan.defers(s.body(), f.ctx.info)) {
                nest.defers = hidden("#defers", Type.UINTPTR, at);
                f.emit(new Instr.DeferRangeFunc(at));
                f.store(nest.defers, at);
            }
        }
        Var state = hidden("#state" + ++nest.loops, Type.INT, at);
        setState(state, READY, at);
        RangeBody body = new RangeBody(outer, f, nest, state, label, RangeFuncScan.labels(s.body(), f.ctx.info));
        f.expr(s.x());
        f.rangeBodyClosure(f.ctx.info.rangeBody(s), body, s);
        f.emit(new Instr.Call(1, 0, at));
        f.load(state, at);
        f.emit(new Instr.PushConst(new Constant.IntConst(PANIC), at));
        f.emit(new Instr.Binary(BinaryOp.EQ, Type.INT, at));
        int resumed = f.emit(new Instr.JumpIfFalse(-1, at));
        f.emit(new Instr.PushConst(new Constant.IntConst(MISSING_PANIC), at));
        f.emit(new Instr.PanicRangeState(at));
        f.patch(resumed, f.here());
        setState(state, EXHAUSTED, at);
        finishExits(body, at);
    }

    /** The body function: the state check, the iteration variables, the statements, then "continue". */
    void body(RangeStmt s) {
        Span at = s.span();
        RangeBody rb = f.rangeBody;
        f.load(rb.state, at);
        f.emit(new Instr.PushConst(new Constant.IntConst(READY), at));
        f.emit(new Instr.Binary(BinaryOp.NE, Type.INT, at));
        int ready = f.emit(new Instr.JumpIfFalse(-1, at));
        f.load(rb.state, at);
        f.emit(new Instr.PanicRangeState(at));
        f.patch(ready, f.here());
        setState(rb.state, PANIC, at);
        Expr[] lhs = {s.key(), s.value()};
        for (int i = 0; i < 2; i++) {
            iterationValue(s, lhs[i], i, at);
        }
        f.stmts.stmt(s.body());
        setState(rb.state, READY, s.body().rbrace());
        returnBool(true, s.body().rbrace());
    }

    private void iterationValue(RangeStmt s, Expr target, int param, Span at) {
        if (target == null || target instanceof Ident id && id.name().equals("_")) {
            return;
        }
        if (s.tok() == TokenKind.DEFINE) {
            Var v = f.ctx.info.definitionOf((Ident) target);
            f.declare(v, target.span());
            f.load(f.fi.params().get(param), at);
            f.store(v, at);
        } else {
            f.load(f.fi.params().get(param), at);
            f.assignments.storeTo(target, at);
        }
    }

    /** Whether a break, continue or goto in the body leaves it. */
    boolean leaves(BranchStmt s) {
        if (s.kind() == TokenKind.GOTO) {
            return !f.rangeBody.labels.contains(s.label().name());
        }
        return !f.branches.hasTarget(s);
    }

    /** A break, continue or goto that leaves the body: this loop's own break and continue return at once. */
    void leave(BranchStmt s) {
        RangeBody rb = f.rangeBody;
        boolean loopControl = s.kind() != TokenKind.GOTO;
        if (loopControl && (s.label() == null || s.label().name().equals(rb.label))) {
            boolean cont = s.kind() == TokenKind.CONTINUE;
            setState(rb.state, cont ? READY : DONE, s.span());
            returnBool(cont, s.span());
            return;
        }
        RangeBody child = rb;
        while (!handles(child.outer, s)) {
            child = child.outer;
            if (child == null) {
                throw new AssertionError("no target for " + s);
            }
        }
        markPropagating(rb, child);
        int code = ++rb.nest.codes;
        child.exits.add(new RangeBody.Exit(code, s));
        exitWith(code, s.span());
    }

    /** Whether the function of {@code context} (a body, or the enclosing function when null) holds the target. */
    private static boolean handles(RangeBody context, BranchStmt s) {
        if (context == null) {
            return true;
        }
        String name = s.label().name();
        return s.kind() != TokenKind.GOTO && name.equals(context.label) || context.labels.contains(name);
    }

    /** The bodies from {@code from} up to (not including) {@code handler} stop their own iterators as well. */
    private static void markPropagating(RangeBody from, RangeBody handler) {
        for (RangeBody b = from; b != handler; b = b.outer) {
            b.propagates = true;
        }
    }

    /** {@code return [results]} in a body: the enclosing function's results are set here, its return comes later. */
    void returnStmt(ReturnStmt s) {
        RangeBody rb = f.rangeBody;
        FuncInfo fn = rb.nest.function;
        if (!s.results().isEmpty()) {
            f.stmts.pushValues(s.results(), fn.results().size());
            List<Var> results = fn.results();
            for (int i = results.size() - 1; i >= 0; i--) {
                f.store(results.get(i), s.span());
            }
        }
        RangeBody top = rb;
        while (top.outer != null) {
            top.propagates = true;
            top = top.outer;
        }
        top.returns = true;
        exitWith(-1, s.span());
    }

    /** {@code #next = code; #state = DONE; return false}. */
    private void exitWith(int code, Span at) {
        f.emit(new Instr.PushConst(new Constant.IntConst(code), at));
        f.store(f.rangeBody.nest.next, at);
        setState(f.rangeBody.state, DONE, at);
        returnBool(false, at);
    }

    /** runtime.deferprocat's frame argument, before a defer statement in a body. */
    void deferTo(Span at) {
        f.load(f.rangeBody.nest.defers, at);
        f.emit(new Instr.DeferTo(at));
    }

    /** After the iterator returned: carry out the exits that target this function, pass the others on. */
    private void finishExits(RangeBody body, Span at) {
        RangeBody.Nest nest = body.nest;
        for (RangeBody.Exit e : body.exits) {
            int skip = nextIs(nest, e.code(), at);
            f.emit(new Instr.PushConst(new Constant.IntConst(0), at));
            f.store(nest.next, at);
            BranchStmt s = e.branch();
            RangeBody own = f.rangeBody;
            if (s.kind() != TokenKind.GOTO && own != null && s.label().name().equals(own.label)) {
                boolean cont = s.kind() == TokenKind.CONTINUE;
                setState(own.state, cont ? READY : DONE, at);
                returnBool(cont, at);
            } else {
                f.branches.branch(s);
            }
            f.patch(skip, f.here());
        }
        if (body.returns) {
            int skip = nextIs(nest, -1, at);
            f.returns++;
            f.emit(new Instr.Return(at));
            f.patch(skip, f.here());
        }
        if (body.propagates && f.rangeBody != null) {
            f.load(nest.next, at);
            f.emit(new Instr.PushConst(new Constant.IntConst(0), at));
            f.emit(new Instr.Binary(BinaryOp.NE, Type.INT, at));
            int skip = f.emit(new Instr.JumpIfFalse(-1, at));
            setState(f.rangeBody.state, DONE, at);
            returnBool(false, at);
            f.patch(skip, f.here());
        }
    }

    /** Emits {@code if #next == code}; returns the jump to patch past the branch. */
    private int nextIs(RangeBody.Nest nest, int code, Span at) {
        f.load(nest.next, at);
        f.emit(new Instr.PushConst(new Constant.IntConst(code), at));
        f.emit(new Instr.Binary(BinaryOp.EQ, Type.INT, at));
        return f.emit(new Instr.JumpIfFalse(-1, at));
    }

    private Var hidden(String name, Type type, Span at) {
        Var v = Var.hidden(name, type, at, f.fi);
        f.declare(v, at);
        return v;
    }

    private void setState(Var state, long value, Span at) {
        f.emit(new Instr.PushConst(new Constant.IntConst(value), at));
        f.store(state, at);
    }

    private void returnBool(boolean value, Span at) {
        f.emit(new Instr.PushConst(new Constant.BoolConst(value), at));
        f.store(f.fi.results().get(0), at);
        f.emit(new Instr.Return(at));
    }
}

package defercheck.lower;

import defercheck.check.Var;
import defercheck.ir.BinaryOp;
import defercheck.ir.Builtin;
import defercheck.ir.Constant;
import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.token.TokenKind;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.RangeStmt;

/**
 * Range loops: the range expression evaluated once (an array copied, a map's keys taken as a snapshot of which
 * entries deleted later are skipped), a hidden index counting to the length, the iteration values assigned or
 * declared each round (from Go 1.22 each iteration declares its own variables).
 */
final class RangeLowerer {

    private enum Kind { INT, STRING, ARRAY, POINTER, SLICE, MAP }

    private final FunctionLowerer f;

    RangeLowerer(FunctionLowerer f) {
        this.f = f;
    }

    void range(RangeStmt s, String label) {
        if (f.ctx.info.rangeBody(s) != null) {
            f.rangeFuncs.range(s, label);
            return;
        }
        Span at = s.span();
        Type xt = f.exprs.typeOf(s.x());
        if (xt.underlying() instanceof Type.Chan c) {
            rangeChannel(s, c, label);
            return;
        }
        Kind kind = kind(xt);
        Type[] kv = f.ctx.info.rangeTypes(s);
        Type indexType = kind == Kind.INT ? kv[0] : Type.INT;
        boolean usesValue = s.value() != null && !isBlank(s.value());
        int x = f.temp(xt);
        int n = f.temp(Type.INT);
        int i = f.temp(indexType);
        evaluate(s, kind, xt, usesValue, x, n, at);
        f.emit(new Instr.PushConst(new Constant.IntConst(indexType, 0), at));
        f.emit(new Instr.StoreLocal(i, at));
        boolean perIteration = f.ctx.language.perIterationLoopVars();
        if (s.tok() == TokenKind.DEFINE && !perIteration) {
            declare(s);
        }
        int top = f.here();
        f.emit(new Instr.LoadLocal(i, at));
        f.emit(new Instr.LoadLocal(n, at));
        if (kind == Kind.INT && !indexType.equals(Type.INT)) {
            f.emit(new Instr.Convert(indexType, at));
        }
        f.emit(new Instr.Binary(BinaryOp.LT, indexType, at));
        int exit = f.emit(new Instr.JumpIfFalse(-1, at));
        int next = kind == Kind.STRING ? f.temp(Type.INT) : -1;
        int skip = iterationValues(s, kind, kv, x, i, next, perIteration, at);
        int depth = f.branches.depth();
        Branches.Target loop = f.branches.enterLoop(label);
        f.dead.openBlock();
        f.stmts.stmt(s.body());
        int cont = f.here();
        if (skip >= 0) {
            f.patch(skip, cont);
        }
        if (kind == Kind.STRING) {
            f.emit(new Instr.LoadLocal(next, at));
        } else {
            f.emit(new Instr.LoadLocal(i, at));
            f.emit(new Instr.PushConst(new Constant.IntConst(indexType, 1), at));
            f.emit(new Instr.Binary(BinaryOp.ADD, indexType, at));
        }
        f.emit(new Instr.StoreLocal(i, at));
        f.emit(new Instr.Jump(top, at));
        f.patch(exit, f.here());
        if (kind == Kind.MAP) {
            f.emit(new Instr.LoadLocal(x, at));
            f.emit(new Instr.LoadLocal(mapKeys, at));
            f.emit(new Instr.MapRangeEnd(at));
        }
        int end = f.here();
        f.branches.leave(loop, end, cont);
        f.branches.restore(depth);
        f.dead.openBlock();
    }

    /** {@code for v := range ch}: receive until the channel is closed and drained (a nil channel blocks forever). */
    private void rangeChannel(RangeStmt s, Type.Chan c, String label) {
        Span at = s.span();
        int ch = f.temp(c);
        int value = f.temp(c.elem());
        int ok = f.temp(Type.BOOL);
        f.expr(s.x());
        f.emit(new Instr.StoreLocal(ch, at));
        boolean perIteration = f.ctx.language.perIterationLoopVars();
        if (s.tok() == TokenKind.DEFINE && !perIteration) {
            declare(s);
        }
        int top = f.here();
        f.emit(new Instr.LoadLocal(ch, at));
        f.emit(new Instr.Recv(c.elem(), true, at));
        f.emit(new Instr.StoreLocal(ok, at));
        f.emit(new Instr.StoreLocal(value, at));
        f.emit(new Instr.LoadLocal(ok, at));
        int exit = f.emit(new Instr.JumpIfFalse(-1, at));
        declareIfNeeded(s, perIteration);
        assignKey(s, () -> f.emit(new Instr.LoadLocal(value, at)), at);
        int depth = f.branches.depth();
        Branches.Target loop = f.branches.enterLoop(label);
        f.dead.openBlock();
        f.stmts.stmt(s.body());
        f.emit(new Instr.Jump(top, at));
        int end = f.here();
        f.patch(exit, end);
        f.branches.leave(loop, end, top);
        f.branches.restore(depth);
        f.dead.openBlock();
    }

    private static Kind kind(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            return b.kind().isString() ? Kind.STRING : Kind.INT;
        } else if (u instanceof Type.Array) {
            return Kind.ARRAY;
        } else if (u instanceof Type.Pointer) {
            return Kind.POINTER;
        } else if (u instanceof Type.Slice) {
            return Kind.SLICE;
        }
        return Kind.MAP;
    }

    /**
     * The range expression, once, into {@code x}, and the number of rounds into {@code n}. With no value variable an
     * array's length is constant and the expression is not evaluated (Go spec); an array is kept as a slice over its
     * copy, a map as the slice of its keys.
     */
    private void evaluate(RangeStmt s, Kind kind, Type xt, boolean usesValue, int x, int n, Span at) {
        if ((kind == Kind.ARRAY || kind == Kind.POINTER) && !usesValue) {
            Type.Array a = (Type.Array) (kind == Kind.ARRAY ? xt.underlying()
                    : ((Type.Pointer) xt.underlying()).elem().underlying());
            f.emit(new Instr.PushConst(new Constant.IntConst(a.length()), at));
            f.emit(new Instr.StoreLocal(n, at));
            return;
        }
        f.expr(s.x());
        if (kind == Kind.ARRAY) {
            f.emit(new Instr.SliceOfArray(new Type.Slice(((Type.Array) xt.underlying()).elem()), at));
        } else if (kind == Kind.MAP) {
            f.emit(new Instr.StoreLocal(x, at));
            f.emit(new Instr.LoadLocal(x, at));
            f.emit(new Instr.MapKeys(new Type.Slice(((Type.Map) xt.underlying()).key()), at));
            int keys = f.temp(Type.ANY);
            f.emit(new Instr.StoreLocal(keys, at));
            mapKeys = keys;
            f.emit(new Instr.LoadLocal(keys, at));
            f.emit(new Instr.CallBuiltin(Builtin.LEN, 1, 1, at));
            f.emit(new Instr.StoreLocal(n, at));
            return;
        }
        f.emit(new Instr.StoreLocal(x, at));
        if (kind == Kind.INT) {
            f.emit(new Instr.LoadLocal(x, at));
            if (!xt.equals(Type.INT)) {
                f.emit(new Instr.Convert(Type.INT, at));
            }
        } else {
            f.emit(new Instr.LoadLocal(x, at));
            f.emit(new Instr.CallBuiltin(Builtin.LEN, 1, 1, at));
        }
        f.emit(new Instr.StoreLocal(n, at));
    }

    private int mapKeys = -1;

    /** Assigns this round's key and value; returns the jump that skips a deleted map entry, or -1. */
    private int iterationValues(RangeStmt s, Kind kind, Type[] kv, int x, int i, int next, boolean perIteration,
                                Span at) {
        int skip = -1;
        if (kind == Kind.MAP) {
            int key = f.temp(kv[0]);
            f.emit(new Instr.LoadLocal(mapKeys, at));
            f.emit(new Instr.LoadLocal(i, at));
            f.emit(new Instr.Index(at));
            f.emit(new Instr.StoreLocal(key, at));
            f.emit(new Instr.LoadLocal(x, at));
            f.emit(new Instr.LoadLocal(key, at));
            f.emit(new Instr.MapHas(at));
            skip = f.emit(new Instr.JumpIfFalse(-1, at));
            declareIfNeeded(s, perIteration);
            assignKey(s, () -> f.emit(new Instr.LoadLocal(key, at)), at);
            assignValue(s, () -> {
                f.emit(new Instr.LoadLocal(x, at));
                f.emit(new Instr.LoadLocal(key, at));
                f.emit(new Instr.MapIndex(kv[1], false, at));
            }, at);
            return skip;
        }
        if (kind == Kind.STRING) {
            int rune = f.temp(Type.RUNE);
            f.emit(new Instr.LoadLocal(x, at));
            f.emit(new Instr.LoadLocal(i, at));
            f.emit(new Instr.DecodeRune(at));
            f.emit(new Instr.StoreLocal(next, at));
            f.emit(new Instr.StoreLocal(rune, at));
            declareIfNeeded(s, perIteration);
            assignKey(s, () -> f.emit(new Instr.LoadLocal(i, at)), at);
            assignValue(s, () -> f.emit(new Instr.LoadLocal(rune, at)), at);
            return -1;
        }
        declareIfNeeded(s, perIteration);
        assignKey(s, () -> f.emit(new Instr.LoadLocal(i, at)), at);
        assignValue(s, () -> element(kind, kv[1], x, i, at), at);
        return skip;
    }

    private void element(Kind kind, Type elem, int x, int i, Span at) {
        f.emit(new Instr.LoadLocal(x, at));
        f.emit(new Instr.LoadLocal(i, at));
        if (kind == Kind.POINTER) {
            f.emit(new Instr.IndexAddr(new Type.Pointer(elem), at));
            f.emit(new Instr.Deref(at));
        } else {
            f.emit(new Instr.Index(at));
        }
    }

    private void declareIfNeeded(RangeStmt s, boolean perIteration) {
        if (s.tok() == TokenKind.DEFINE && perIteration) {
            declare(s);
        }
    }

    private void declare(RangeStmt s) {
        for (Expr e : new Expr[] {s.key(), s.value()}) {
            if (e instanceof Ident id) {
                Var v = f.ctx.info.definitionOf(id);
                if (v != null) {
                    f.declare(v, id.span());
                }
            }
        }
    }

    private void assignKey(RangeStmt s, Runnable push, Span at) {
        assign(s.key(), s.tok(), push, at);
    }

    private void assignValue(RangeStmt s, Runnable push, Span at) {
        assign(s.value(), s.tok(), push, at);
    }

    private void assign(Expr target, TokenKind tok, Runnable push, Span at) {
        if (target == null || isBlank(target) || tok == null) {
            return;
        }
        push.run();
        if (tok == TokenKind.DEFINE) {
            f.store(f.ctx.info.definitionOf((Ident) target), at);
        } else {
            f.assignments.storeTo(target, at);
        }
    }

    private static boolean isBlank(Expr e) {
        return e instanceof Ident id && id.name().equals("_");
    }
}

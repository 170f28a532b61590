package defercheck.lower;

import defercheck.check.CallResolution;
import defercheck.check.FuncObj;
import defercheck.check.Obj;
import defercheck.check.Var;
import defercheck.ir.BinaryOp;
import defercheck.ir.Builtin;
import defercheck.ir.Constant;
import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.ir.UnaryOp;
import defercheck.syntax.token.TokenKind;
import defercheck.syntax.ast.BinaryExpr;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.CompositeLit;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.FuncLit;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IntLit;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.StarExpr;
import defercheck.syntax.ast.TypeAssertExpr;
import defercheck.syntax.ast.UnaryExpr;
import java.util.List;

/** Lowers expressions, operands left to right, onto the operand stack. */
final class ExprLowerer {

    private final FunctionLowerer f;

    ExprLowerer(FunctionLowerer f) {
        this.f = f;
    }

    void expr(Expr e) {
        Constant c = f.ctx.info.constantOf(e);
        if (c != null) {
            f.emit(new Instr.PushConst(c, e.span()));
        } else if (e instanceof Ident) {
            ident((Ident) e);
        } else if (e instanceof ParenExpr) {
            expr(((ParenExpr) e).x());
        } else if (e instanceof FuncLit) {
            f.closure(f.ctx.info.funcInfo(e), e.span());
        } else if (e instanceof CallExpr) {
            call((CallExpr) e);
        } else if (e instanceof TypeAssertExpr) {
            TypeAssertExpr a = (TypeAssertExpr) e;
            expr(a.x());
            f.emit(new Instr.TypeAssert(f.ctx.info.typeOf(e), f.ctx.info.typeOf(a.x()), false, e.span()));
        } else if (e instanceof UnaryExpr) {
            unary((UnaryExpr) e);
        } else if (e instanceof CompositeLit) {
            f.emit(new Instr.PushConst(Constant.zero(f.ctx.info.typeOf(e)), e.span()));
        } else if (e instanceof StarExpr) {
            expr(((StarExpr) e).x());
            f.emit(new Instr.Deref(e.span()));
        } else if (e instanceof BinaryExpr) {
            binary((BinaryExpr) e);
        } else if (e instanceof IntLit) {
            f.emit(new Instr.PushConst(new Constant.IntConst(((IntLit) e).value().longValue()), e.span()));
        } else {
            throw new AssertionError(e);
        }
    }

    private void ident(Ident id) {
        Obj o = f.ctx.info.objectOf(id);
        if (o instanceof Var) {
            f.load((Var) o, id.span());
        } else if (o instanceof FuncObj) {
            f.emit(new Instr.MakeClosure(((FuncObj) o).index(), List.of(), id.span()));
        } else {
            throw new AssertionError(o);
        }
    }

    private void unary(UnaryExpr e) {
        if (e.op() == TokenKind.AND) {
            f.address((Var) f.ctx.info.objectOf(unparen(e.x())), e.span());
            return;
        }
        expr(e.x());
        UnaryOp op = e.op() == TokenKind.SUB ? UnaryOp.NEG : e.op() == TokenKind.NOT ? UnaryOp.NOT
                : e.op() == TokenKind.XOR ? UnaryOp.COMPLEMENT : UnaryOp.PLUS;
        f.emit(new Instr.Unary(op, e.span()));
    }

    private void binary(BinaryExpr e) {
        if (e.op() == TokenKind.LAND || e.op() == TokenKind.LOR) {
            shortCircuit(e);
            return;
        }
        expr(e.x());
        expr(e.y());
        f.emit(new Instr.Binary(binaryOp(e.op()), f.ctx.info.operandType(e), e.span()));
    }

    /** {@code x && y}: y runs only when x is true; {@code x || y}: only when x is false. */
    private void shortCircuit(BinaryExpr e) {
        boolean and = e.op() == TokenKind.LAND;
        expr(e.x());
        int toElse = f.emit(new Instr.JumpIfFalse(-1, e.span()));
        if (and) {
            expr(e.y());
        } else {
            f.emit(new Instr.PushConst(new Constant.BoolConst(true), e.span()));
        }
        int toEnd = f.emit(new Instr.Jump(-1, e.span()));
        f.patch(toElse, f.here());
        if (and) {
            f.emit(new Instr.PushConst(new Constant.BoolConst(false), e.span()));
        } else {
            expr(e.y());
        }
        f.patch(toEnd, f.here());
    }

    private static Ident unparen(Expr e) {
        while (e instanceof ParenExpr) {
            e = ((ParenExpr) e).x();
        }
        return (Ident) e;
    }

    static BinaryOp binaryOp(TokenKind op) {
        switch (op) {
            case ADD: return BinaryOp.ADD;
            case SUB: return BinaryOp.SUB;
            case MUL: return BinaryOp.MUL;
            case QUO: return BinaryOp.DIV;
            case REM: return BinaryOp.REM;
            case AND: return BinaryOp.AND_BITS;
            case OR: return BinaryOp.OR_BITS;
            case XOR: return BinaryOp.XOR;
            case AND_NOT: return BinaryOp.AND_NOT;
            case SHL: return BinaryOp.SHL;
            case SHR: return BinaryOp.SHR;
            case EQL: return BinaryOp.EQ;
            case NEQ: return BinaryOp.NE;
            case LSS: return BinaryOp.LT;
            case LEQ: return BinaryOp.LE;
            case GTR: return BinaryOp.GT;
            case GEQ: return BinaryOp.GE;
            default: throw new AssertionError(op);
        }
    }

    /** A call leaves all of its results on the stack. */
    void call(CallExpr c) {
        CallResolution k = f.ctx.info.callKind(c);
        if (k instanceof CallResolution.FuncCall) {
            expr(c.fun());
            int argc = args(c);
            f.emit(new Instr.Call(argc, ((CallResolution.FuncCall) k).signature().results().size(), c.span()));
        } else if (k instanceof CallResolution.BuiltinCall) {
            CallResolution.BuiltinCall b = (CallResolution.BuiltinCall) k;
            f.emit(new Instr.CallBuiltin(b.builtin(), builtinArgs(b.builtin(), c), b.results(), c.span()));
        } else if (k instanceof CallResolution.Conversion) {
            expr(c.args().get(0));
        } else {
            throw new AssertionError(k);
        }
    }

    /**
     * Pushes a builtin's arguments; print and println operands of interface or func type become the
     * addresses the runtime prints for them.
     */
    int builtinArgs(Builtin b, CallExpr c) {
        if (b != Builtin.PRINT && b != Builtin.PRINTLN) {
            return args(c);
        }
        for (Expr a : c.args()) {
            expr(a);
            Type t = f.ctx.info.typeOf(a);
            if (t != null && t.isNilable()) {
                f.emit(new Instr.PrintAddress(t, a.span()));
            }
        }
        return c.args().size();
    }

    /** Pushes the arguments and returns how many values that is (a multi-value call spreads). */
    int args(CallExpr c) {
        for (Expr a : c.args()) {
            expr(a);
        }
        if (c.args().size() == 1 && c.args().get(0) instanceof CallExpr) {
            return resultCount((CallExpr) c.args().get(0));
        }
        return c.args().size();
    }

    int resultCount(CallExpr c) {
        CallResolution k = f.ctx.info.callKind(c);
        if (k instanceof CallResolution.FuncCall) {
            return ((CallResolution.FuncCall) k).signature().results().size();
        } else if (k instanceof CallResolution.BuiltinCall) {
            return ((CallResolution.BuiltinCall) k).results();
        }
        return 1;
    }
}

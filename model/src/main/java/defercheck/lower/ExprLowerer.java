package defercheck.lower;

import defercheck.check.FuncObj;
import defercheck.check.Lookup;
import defercheck.check.Obj;
import defercheck.check.Var;
import defercheck.ir.BinaryOp;
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
import defercheck.syntax.ast.IndexExpr;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.SelectorExpr;
import defercheck.syntax.ast.SliceExpr;
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
        value(e);
        Type conv = f.ctx.info.implicitConversion(e);
        if (conv != null && f.ctx.info.constantOf(e) == null) {
            f.emit(new Instr.Convert(conv, e.span()));
        }
    }

    private void value(Expr e) {
        Constant c = f.ctx.info.constantOf(e);
        FuncObj instance = f.ctx.info.instantiation(e);
        if (instance != null) {
            f.emit(new Instr.MakeClosure(instance.index(), List.of(), e.span()));
        } else if (c != null) {
            f.emit(new Instr.PushConst(c, e.span()));
        } else if (e instanceof Ident id) {
            ident(id);
        } else if (e instanceof ParenExpr p) {
            expr(p.x());
        } else if (e instanceof FuncLit) {
            f.closure(f.ctx.info.funcInfo(e), e.span());
        } else if (e instanceof CallExpr call) {
            f.calls.call(call);
        } else if (e instanceof TypeAssertExpr a) {
            expr(a.x());
            f.emit(new Instr.TypeAssert(typeOf(e), typeOf(a.x()), false, e.span()));
        } else if (e instanceof UnaryExpr u) {
            unary(u);
        } else if (e instanceof CompositeLit lit) {
            f.composites.literal(lit);
        } else if (e instanceof StarExpr s) {
            expr(s.x());
            f.emit(new Instr.Deref(e.span()));
        } else if (e instanceof BinaryExpr b) {
            binary(b);
        } else if (e instanceof SelectorExpr s) {
            selector(s);
        } else if (e instanceof IndexExpr ix) {
            index(ix, false);
        } else if (e instanceof SliceExpr s) {
            slice(s);
        } else {
            throw new AssertionError(e);
        }
    }

    Type typeOf(Expr e) {
        return f.ctx.info.typeOf(e);
    }

    private void ident(Ident id) {
        Obj o = f.ctx.info.objectOf(id);
        if (o instanceof Var v) {
            f.load(v, id.span());
        } else if (o instanceof FuncObj fo) {
            f.emit(new Instr.MakeClosure(f.ctx.functionId(fo), List.of(), id.span()));
        } else {
            throw new AssertionError(o);
        }
    }

    private void unary(UnaryExpr e) {
        if (e.op() == TokenKind.AND) {
            f.addresses.addressOf(e.x(), e.span());
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
        Type t = typeOf(e);
        if (isComparison(e.op()) && t != null && !t.equals(Type.BOOL)) {
            f.emit(new Instr.Convert(t, e.span()));
        }
    }

    private static boolean isComparison(TokenKind op) {
        return op.precedence() == 3;
    }

    /** {@code x && y}: y runs only when x is true; {@code x || y}: only when x is false. */
    private void shortCircuit(BinaryExpr e) {
        boolean and = e.op() == TokenKind.LAND;
        Type t = typeOf(e) == null || typeOf(e).isUntyped() ? Type.BOOL : typeOf(e);
        expr(e.x());
        int toElse = f.emit(new Instr.JumpIfFalse(-1, e.span()));
        if (and) {
            expr(e.y());
        } else {
            f.emit(new Instr.PushConst(new Constant.BoolConst(t, true), e.span()));
        }
        int toEnd = f.emit(new Instr.Jump(-1, e.span()));
        f.patch(toElse, f.here());
        if (and) {
            f.emit(new Instr.PushConst(new Constant.BoolConst(t, false), e.span()));
        } else {
            expr(e.y());
        }
        f.patch(toEnd, f.here());
    }

    static BinaryOp binaryOp(TokenKind op) {
        return switch (op) {
            case ADD -> BinaryOp.ADD;
            case SUB -> BinaryOp.SUB;
            case MUL -> BinaryOp.MUL;
            case QUO -> BinaryOp.DIV;
            case REM -> BinaryOp.REM;
            case AND -> BinaryOp.AND_BITS;
            case OR -> BinaryOp.OR_BITS;
            case XOR -> BinaryOp.XOR;
            case AND_NOT -> BinaryOp.AND_NOT;
            case SHL -> BinaryOp.SHL;
            case SHR -> BinaryOp.SHR;
            case EQL -> BinaryOp.EQ;
            case NEQ -> BinaryOp.NE;
            case LSS -> BinaryOp.LT;
            case LEQ -> BinaryOp.LE;
            case GTR -> BinaryOp.GT;
            case GEQ -> BinaryOp.GE;
            default -> throw new AssertionError(op);
        };
    }

    /** A field read: through a pointer by address, from a value by extraction (methods are MethodLowerer's). */
    private void selector(SelectorExpr e) {
        if (f.ctx.info.isPackageMember(e)) {
            ident(e.sel());
            return;
        }
        Lookup.Selection s = f.ctx.info.selection(e);
        if (s == null || s.isMethod()) {
            f.methods.selector(e, s);
            return;
        }
        Type xt = typeOf(e.x());
        if (xt.underlying() instanceof Type.Pointer) {
            expr(e.x());
            f.addresses.fieldPath(xt, s.path(), e.span());
            f.emit(new Instr.Deref(e.span()));
            return;
        }
        expr(e.x());
        Type t = xt;
        for (int k = 0; k < s.path().size(); k++) {
            int i = s.path().get(k);
            Type.Field field = ((Type.Struct) t.underlying()).fields().get(i);
            f.emit(new Instr.Field(i, e.span()));
            t = field.type();
            if (k < s.path().size() - 1 && t.underlying() instanceof Type.Pointer p) {
                List<Integer> rest = s.path().subList(k + 1, s.path().size());
                f.addresses.fieldPath(t, rest, e.span());
                f.emit(new Instr.Deref(e.span()));
                return;
            }
        }
    }

    /** {@code x[i]}: a map lookup (with comma-ok when asked), or an element of a string, array, pointer or slice. */
    void index(IndexExpr e, boolean commaOk) {
        Type xt = typeOf(e.x());
        Expr i = e.indices().get(0);
        if (xt.underlying() instanceof Type.Map m) {
            expr(e.x());
            expr(i);
            f.emit(new Instr.MapIndex(m.value(), commaOk, e.span()));
            return;
        }
        if (xt.underlying() instanceof Type.Pointer p) {
            expr(e.x());
            expr(i);
            f.emit(new Instr.IndexAddr(new Type.Pointer(((Type.Array) p.elem().underlying()).elem()), e.span()));
            f.emit(new Instr.Deref(e.span()));
            return;
        }
        expr(e.x());
        expr(i);
        f.emit(new Instr.Index(e.span()));
    }

    private void slice(SliceExpr e) {
        Type xt = typeOf(e.x());
        if (xt.underlying() instanceof Type.Array) {
            f.addresses.address(e.x());
        } else {
            expr(e.x());
        }
        for (Expr b : new Expr[] {e.lo(), e.hi(), e.max()}) {
            if (b != null) {
                expr(b);
            }
        }
        f.emit(new Instr.Slice(e.lo() != null, e.hi() != null, e.max() != null, typeOf(e), e.span()));
    }
}

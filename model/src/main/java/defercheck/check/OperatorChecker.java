package defercheck.check;

import defercheck.ir.Constant;
import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.token.TokenKind;
import defercheck.syntax.ast.BinaryExpr;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.UnaryExpr;
import java.util.List;

/** Unary and binary operators (Go spec "Operators"), with constant folding of untyped constants. */
final class OperatorChecker {

    private final Env env;

    OperatorChecker(Env env) {
        this.env = env;
    }

    Operand unary(UnaryExpr e) {
        if (e.op() == TokenKind.AND) {
            return env.exprs.address(e);
        }
        if (e.op() == TokenKind.ARROW) {
            env.unsupported(e.span(), "channel receive");
            return Operand.invalid(e);
        }
        Operand x = env.exprs.value(e.x());
        if (x.invalid()) {
            return x;
        }
        boolean ok = e.op() == TokenKind.NOT ? Type.BOOL.equals(x.type()) : Type.INT.equals(x.type());
        if (!ok || x.mode() == Mode.NIL) {
            env.error(e.x().span(), "invalid operation: operator " + e.op().text() + " not defined on " + x.describe());
            return Operand.invalid(e);
        }
        if (x.isConstant()) {
            return folded(e, Constants.unary(e.op(), x.value()), x.untyped());
        }
        return Operand.value(e, x.type());
    }

    Operand binary(BinaryExpr e) {
        Operand x = env.exprs.value(e.x());
        Operand y = env.exprs.value(e.y());
        return binaryOp(e.op(), x, y, e, ExprPrinter.print(e), e);
    }

    /**
     * Checks {@code x op y}; {@code whole} is the expression the result stands for, {@code text} how
     * messages quote it, and {@code key} the node whose operand type is recorded for the lowering.
     */
    Operand binaryOp(TokenKind op, Operand x, Operand y, Expr whole, String text, Object key) {
        if (x.invalid() || y.invalid()) {
            return Operand.invalid(whole);
        }
        if (op == TokenKind.LAND || op == TokenKind.LOR) {
            return logical(op, x, y, whole, key);
        }
        if (op == TokenKind.SHL || op == TokenKind.SHR) {
            return shift(op, x, y, whole, key);
        }
        if (x.untyped() && y.untyped()) {
            return constantOp(op, x, y, whole, text);
        }
        Type t = common(op, x, y, text, mismatchAt(op, whole, y));
        if (t == null || !defined(op, x, y, t, text)) {
            return Operand.invalid(whole);
        }
        if ((op == TokenKind.QUO || op == TokenKind.REM) && y.isConstant() && Constants.isZero(y.value())) {
            env.error(y.expr().span(), "invalid operation: division by zero");
            return Operand.invalid(whole);
        }
        env.info.operandTypes.put(key, t);
        return Operand.value(whole, isComparison(op) ? Type.BOOL : t);
    }

    private Operand constantOp(TokenKind op, Operand x, Operand y, Expr whole, String text) {
        if (!x.type().equals(y.type())) {
            mismatched(mismatchAt(op, whole, y), text, x, y);
            return Operand.invalid(whole);
        }
        if (!defined(op, x, y, x.type(), text)) {
            return Operand.invalid(whole);
        }
        if ((op == TokenKind.QUO || op == TokenKind.REM) && Constants.isZero(y.value())) {
            env.error(y.expr().span(), "invalid operation: division by zero");
            return Operand.invalid(whole);
        }
        return folded(whole, Constants.binary(op, x.value(), y.value()), true);
    }

    /** The type both operands are compared or combined in, converting an untyped side; null after an error. */
    private Type common(TokenKind op, Operand x, Operand y, String text, Span at) {
        if (x.mode() == Mode.NIL || y.mode() == Mode.NIL) {
            return withNil(op, x, y, text, at);
        }
        if (x.untyped() || y.untyped()) {
            Operand c = x.untyped() ? x : y;
            Operand typed = x.untyped() ? y : x;
            if (c.type().equals(typed.type()) || (typed.type().isInterface() && isComparison(op))) {
                env.assign.assign(c, typed.type(), "comparison");
                return typed.type();
            }
            mismatched(at, text, x, y);
            return null;
        }
        if (x.type().equals(y.type())) {
            return x.type();
        }
        if (Type.differOnlyInName(x.type(), y.type())) {
            env.unsupported(at, "comparing " + x.type() + " and " + y.type() + " (same underlying type)");
            return null;
        }
        if (isComparison(op) && (Assigner.assignable(x.type(), y.type()) || Assigner.assignable(y.type(), x.type()))) {
            return x.type().isInterface() ? x.type() : y.type();
        }
        mismatched(at, text, x, y);
        return null;
    }

    private Type withNil(TokenKind op, Operand x, Operand y, String text, Span at) {
        Operand other = x.mode() == Mode.NIL ? y : x;
        Operand nil = x.mode() == Mode.NIL ? x : y;
        if (other.mode() == Mode.NIL) {
            env.error(at, "invalid operation: " + text + " (operator " + op.text() + " not defined on untyped nil)");
            return null;
        }
        if ((op == TokenKind.EQL || op == TokenKind.NEQ) && !other.untyped()
                && other.type().isNilable()) {
            env.assign.assign(nil, other.type(), "comparison");
            return other.type();
        }
        mismatched(at, text, x, y);
        return null;
    }

    private boolean defined(TokenKind op, Operand x, Operand y, Type t, String text) {
        boolean ok;
        if (op == TokenKind.EQL || op == TokenKind.NEQ) {
            if (t instanceof Type.Func && x.mode() != Mode.NIL && y.mode() != Mode.NIL) {
                env.error(x.expr().span(), "invalid operation: " + text + " (func can only be compared to nil)");
                return false;
            }
            if (!t.isComparable() && x.mode() != Mode.NIL && y.mode() != Mode.NIL) {
                env.error(x.expr().span(), "invalid operation: " + text + " (" + t + " cannot be compared)");
                return false;
            }
            return true;
        } else if (isComparison(op)) {
            if (Type.INT.equals(t) || Type.STRING.equals(t)) {
                return true;
            }
            env.error(x.expr().span(), "invalid operation: " + text + " (operator " + op.text() + " not defined on "
                    + t.kindName() + ")");
            return false;
        } else {
            ok = Type.INT.equals(t) || (op == TokenKind.ADD && Type.STRING.equals(t));
        }
        if (!ok) {
            env.error(x.expr().span(), "invalid operation: operator " + op.text() + " not defined on " + x.describe());
        }
        return ok;
    }

    private Operand logical(TokenKind op, Operand x, Operand y, Expr whole, Object key) {
        for (Operand o : List.of(x, y)) {
            if (!Type.BOOL.equals(o.type()) || o.mode() == Mode.NIL) {
                env.error(o.expr().span(), "invalid operation: operator " + op.text() + " not defined on " + o.describe());
                return Operand.invalid(whole);
            }
        }
        if (x.isConstant() && y.isConstant()) {
            return folded(whole, Constants.binary(op, x.value(), y.value()), x.untyped() && y.untyped());
        }
        env.info.operandTypes.put(key, Type.BOOL);
        return Operand.value(whole, Type.BOOL);
    }

    private Operand shift(TokenKind op, Operand x, Operand y, Expr whole, Object key) {
        if (!Type.INT.equals(y.type()) || y.mode() == Mode.NIL
                || (y.isConstant() && ((Constant.IntConst) y.value()).value() < 0)) {
            env.error(y.expr().span(), "invalid operation: invalid shift count " + y.describe());
            return Operand.invalid(whole);
        }
        if (!Type.INT.equals(x.type()) || x.mode() == Mode.NIL) {
            env.error(x.expr().span(), "invalid operation: shifted operand " + x.describe() + " must be integer");
            return Operand.invalid(whole);
        }
        if (x.isConstant() && y.isConstant()) {
            return folded(whole, Constants.binary(op, x.value(), y.value()), x.untyped());
        }
        env.assign.assign(x, Type.INT, "shift");
        env.assign.assign(y, Type.INT, "shift");
        env.info.operandTypes.put(key, Type.INT);
        return Operand.value(whole, Type.INT);
    }

    private Operand folded(Expr e, Constant c, boolean untyped) {
        if (c == null) {
            env.unsupported(e.span(), "constant " + ExprPrinter.print(e) + " overflows int64");
            return Operand.invalid(e);
        }
        return new Operand(Mode.CONSTANT, c.type(), c, untyped, List.of(), e, null);
    }

    /**
     * Where gc reports mismatched operand types: at the whole expression, but for a comparison at the second
     * operand ("we only know after seeing the 2nd operand", types2 comparison).
     */
    private static Span mismatchAt(TokenKind op, Expr whole, Operand y) {
        return isComparison(op) ? y.expr().span() : whole.span();
    }

    private void mismatched(Span at, String text, Operand x, Operand y) {
        env.error(at, "invalid operation: " + text + " (mismatched types " + x.typeName() + " and " + y.typeName() + ")");
    }

    static boolean isComparison(TokenKind op) {
        return op.precedence() == 3;
    }
}

package defercheck.check;

import defercheck.ir.BasicKind;
import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.token.TokenKind;
import defercheck.syntax.ast.BinaryExpr;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.UnaryExpr;
import java.math.BigInteger;

/** Unary and binary operators (Go spec "Operators"), with exact constant folding; types2's rules and messages. */
final class OperatorChecker {

    private final Env env;

    OperatorChecker(Env env) {
        this.env = env;
    }

    /** {@code <-x}: one value, or two in a comma-ok assignment (Go spec "Receive operator"). */
    private Operand receive(UnaryExpr e) {
        Operand x = env.exprs.value(e.x());
        if (x.invalid()) {
            return x;
        }
        Type.Chan c = ChannelOperand.of(env, x, e.x().span(), "receive from", Type.ChanDir.SEND);
        if (c == null) {
            return Operand.invalid(e);
        }
        return Operand.of(Mode.COMMAOK, e, c.elem());
    }

    Operand unary(UnaryExpr e) {
        if (e.op() == TokenKind.AND) {
            return env.exprs.address(e);
        }
        if (e.op() == TokenKind.ARROW) {
            return receive(e);
        }
        Operand x = env.exprs.value(e.x());
        if (x.invalid()) {
            return x;
        }
        if (x.mode() == Mode.NIL || !unaryDefined(e.op(), x.type())) {
            env.error(e.x().span(), "invalid operation: operator " + e.op().text() + " not defined on " + x.describe());
            return Operand.invalid(e);
        }
        if (x.isConstant()) {
            int bits = Types.isUnsigned(x.type()) ? x.type().basicKind().bits() : 0;
            return overflow(Operand.constant(e, x.type(), ConstOps.unary(e.op(), x.value(), bits)), e);
        }
        return Operand.value(e, x.type());
    }

    private static boolean unaryDefined(TokenKind op, Type t) {
        return switch (op) {
            case ADD, SUB -> Types.isNumeric(t);
            case XOR -> Types.isInteger(t);
            default -> Types.isBoolean(t);
        };
    }

    Operand binary(BinaryExpr e) {
        Operand x = env.exprs.value(e.x());
        Operand y = env.exprs.value(e.y());
        return binaryOp(e.op(), x, y, e, ExprPrinter.print(e), e);
    }

    /**
     * Checks {@code x op y}; {@code whole} is the expression the result stands for, {@code text} how messages
     * quote it, and {@code key} the node whose operand type is recorded for the lowering.
     */
    Operand binaryOp(TokenKind op, Operand x, Operand y, Expr whole, String text, Object key) {
        if (x.invalid() || y.invalid()) {
            return Operand.invalid(whole);
        }
        if (op == TokenKind.SHL || op == TokenKind.SHR) {
            return shift(op, x, y, whole, key);
        }
        Operand[] m = env.assign.matchTypes(x, y);
        if (m == null) {
            return Operand.invalid(whole);
        }
        x = m[0];
        y = m[1];
        if (OperatorChecker.isComparison(op)) {
            return env.comparisons.compare(op, x, y, whole, text, key);
        }
        if (!Types.identical(x.type(), y.type())) {
            env.error(whole.span(), "invalid operation: " + text + " (mismatched types " + x.typeName() + " and "
                    + y.typeName() + ")");
            return Operand.invalid(whole);
        }
        if (!binaryDefined(op, x.type())) {
            env.error(x.expr().span(), "invalid operation: operator " + op.text() + " not defined on " + x.describe());
            return Operand.invalid(whole);
        }
        if ((op == TokenKind.QUO || op == TokenKind.REM) && (x.isConstant() || Types.isInteger(x.type()))
                && y.isConstant() && isZero(y.value())) {
            env.error(y.expr().span(), "invalid operation: division by zero");
            return Operand.invalid(whole);
        }
        if (x.isConstant() && y.isConstant()) {
            ConstValue v = ConstOps.binary(op, x.value(), y.value(), Types.isInteger(x.type()));
            return overflow(Operand.constant(whole, x.type(), v), whole);
        }
        env.info.operandTypes.put(key, x.type());
        return Operand.value(whole, x.type());
    }

    private static boolean binaryDefined(TokenKind op, Type t) {
        return switch (op) {
            case ADD -> Types.isNumeric(t) || Types.isString(t);
            case SUB, MUL, QUO -> Types.isNumeric(t);
            case REM, AND, OR, XOR, AND_NOT -> Types.isInteger(t);
            default -> Types.isBoolean(t);
        };
    }

    static boolean isZero(ConstValue v) {
        BigRational r = v.toRat();
        if (r != null) {
            return r.signum() == 0;
        }
        return v instanceof ConstValue.ComplexVal c && c.re().signum() == 0 && c.im().signum() == 0;
    }

    /**
     * types2 shift: the operand must be an integer (or an untyped constant representable as one); a constant
     * count must be non-negative and fit uint. A non-constant shift of an untyped constant takes its type from
     * the context, later (Assigner.updateType).
     */
    private Operand shift(TokenKind op, Operand x, Operand y, Expr whole, Object key) {
        BigInteger xval = x.isConstant() ? x.value().toInt() : null;
        if (!(Types.isInteger(x.type()) || x.untyped() && xval != null)) {
            env.error(x.expr().span(), "invalid operation: shifted operand " + x.describe() + " must be integer");
            return Operand.invalid(whole);
        }
        if (y.isConstant()) {
            BigInteger yval = y.value().toInt();
            if (yval != null && yval.signum() < 0) {
                env.error(y.expr().span(), "invalid operation: negative shift count " + y.describe());
                return Operand.invalid(whole);
            }
            if (y.untyped() && (y = env.assign.convertUntyped(y, Type.UINT, false)).invalid()) {
                return Operand.invalid(whole);
            }
        } else if (y.untyped()) {
            if ((y = env.assign.convertUntyped(y, Type.UINT, true)).invalid()) {
                return Operand.invalid(whole);
            }
        } else if (!Types.isInteger(y.type())) {
            env.error(y.expr().span(), "invalid operation: shift count " + y.describe() + " must be integer");
            return Operand.invalid(whole);
        }
        if (x.isConstant() && y.isConstant()) {
            BigInteger s = y.value().toInt();
            if (s == null || s.bitLength() > 31 || s.intValue() > ConstOps.MAX_SHIFT) {
                env.error(y.expr().span(), "invalid operation: invalid shift count " + y.describe());
                return Operand.invalid(whole);
            }
            Type t = x.untyped() && !Types.isInteger(x.type()) ? Type.UNTYPED_INT : x.type();
            ConstValue v = ConstOps.binary(op, new ConstValue.IntVal(xval), y.value(), true);
            return overflow(Operand.constant(whole, t, v), whole);
        }
        if (x.isConstant() && x.untyped()) {
            env.untypedShifts.add(whole);
            env.info.operandTypes.put(key, x.type());
            env.info.shiftCounts.put(key, y.type());
            return new Operand(Mode.VALUE, x.type(), null, java.util.List.of(), whole, null);
        }
        if (!Types.isInteger(x.type())) {
            env.error(x.expr().span(), "invalid operation: shifted operand " + x.describe() + " must be integer");
            return Operand.invalid(whole);
        }
        env.info.operandTypes.put(key, x.type());
        env.info.shiftCounts.put(key, y.type());
        return Operand.value(whole, x.type());
    }

    /**
     * types2 overflow: a typed constant must be representable in its type after every operation ("x (constant 256
     * of type byte) overflows byte"); an untyped integer may not grow past 512 bits.
     */
    Operand overflow(Operand x, Expr at) {
        if (x.value() == null) {
            return Operand.invalid(x.expr());
        }
        if (!x.untyped()) {
            ConstOps.Fit fit = ConstOps.representable(x.value(), x.type().basicKind());
            if (!fit.fits()) {
                String what = fit.problem().equals("truncated") ? " truncated to " : " overflows ";
                env.error(at.span(), x.describe() + what + x.type());
                return Operand.invalid(x.expr());
            }
            return x.withValue(fit.value());
        }
        if (x.value() instanceof ConstValue.IntVal i && i.value().bitLength() > 512) {
            env.error(at.span(), "constant " + opName(at) + "overflow");
            return Operand.invalid(x.expr());
        }
        return x;
    }

    private static String opName(Expr e) {
        if (e instanceof BinaryExpr b) {
            return switch (b.op()) {
                case ADD -> "addition ";
                case SUB -> "subtraction ";
                case MUL -> "multiplication ";
                case SHL -> "shift ";
                default -> "";
            };
        }
        return "";
    }

    static boolean isComparison(TokenKind op) {
        return op.precedence() == 3;
    }

    static Span pos(Expr e) {
        return e.span();
    }

    static boolean isBasicKind(Type t, BasicKind k) {
        return t.basicKind() == k;
    }
}

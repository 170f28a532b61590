package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.token.TokenKind;
import defercheck.syntax.ast.Expr;

/**
 * Go spec "Comparison operators", as types2's comparison: the operands must be assignable one to the other,
 * comparable for == and !=, ordered for the rest. The result is an untyped boolean.
 */
final class ComparisonChecker {

    private final Env env;

    ComparisonChecker(Env env) {
        this.env = env;
    }

    Operand compare(TokenKind op, Operand x, Operand y, Expr whole, String text, Object key) {
        boolean ok = assignableTo(x, y.type()) || assignableTo(y, x.type());
        if (!ok) {
            return error(y, text, "mismatched types " + x.typeName() + " and " + y.typeName());
        }
        if (op == TokenKind.EQL || op == TokenKind.NEQ) {
            if (x.mode() == Mode.NIL || y.mode() == Mode.NIL) {
                Type other = x.mode() == Mode.NIL ? y.type() : x.type();
                if (!other.isNilable()) {
                    return error(y, text, "operator " + op.text() + " not defined on " + kindString(y));
                }
            } else if (!x.type().isComparable()) {
                return error(x, text, incomparableCause(x.type()));
            } else if (!y.type().isComparable()) {
                return error(y, text, incomparableCause(y.type()));
            }
        } else if (!Types.isOrdered(x.type())) {
            return error(x, text, "operator " + op.text() + " not defined on " + kindString(x));
        } else if (!Types.isOrdered(y.type())) {
            return error(y, text, "operator " + op.text() + " not defined on " + kindString(y));
        }
        if (x.isConstant() && y.isConstant()) {
            return Operand.constant(whole, Type.UNTYPED_BOOL, ConstOps.binary(op, x.value(), y.value(), false));
        }
        Operand xf = env.assign.finalizeDefault(x);
        Operand yf = env.assign.finalizeDefault(y);
        if (xf.mode() == Mode.NIL) {
            xf = env.assign.finalizeUntyped(xf, yf.type());
        } else if (yf.mode() == Mode.NIL) {
            yf = env.assign.finalizeUntyped(yf, xf.type());
        }
        Type operand = xf.type();
        if (!xf.type().isInterface() && yf.type().isInterface()) {
            operand = yf.type();
        }
        env.info.operandTypes.put(key, operand);
        return Operand.value(whole, Type.UNTYPED_BOOL);
    }

    private boolean assignableTo(Operand x, Type t) {
        if (x.mode() == Mode.NIL) {
            return t.isNilable() || t.equals(Type.UNTYPED_NIL);
        }
        if (x.untyped()) {
            if (t.isUntyped()) {
                return env.assign.maxType(x.type(), t) != null;
            }
            return env.assign.implicitType(x, t) != null;
        }
        return Types.assignable(x.type(), t) == null;
    }

    private Operand error(Operand at, String text, String cause) {
        env.error(at.expr().span(), "invalid operation: " + text + " (" + cause + ")");
        return Operand.invalid(at.expr());
    }

    /** types2 kindString: "slice", "func", "struct"... for composite types, the type itself for others. */
    private static String kindString(Operand x) {
        if (x.mode() == Mode.NIL) {
            return "untyped nil";
        }
        Type u = x.type().underlying();
        if (u instanceof Type.Basic || u instanceof Type.TypeParam) {
            return x.type().toString();
        }
        return x.type().kindName();
    }

    /** Why a type is not comparable, as types2's incomparableCause words it. */
    static String incomparableCause(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Slice || u instanceof Type.Func || u instanceof Type.Map) {
            return u.kindName() + " can only be compared to nil";
        }
        if (u instanceof Type.Struct) {
            Type bad = firstIncomparable(t);
            if (bad != null && bad != t) {
                return "struct containing " + bad + " cannot be compared";
            }
        }
        return t + " cannot be compared";
    }

    private static Type firstIncomparable(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Struct s) {
            for (Type.Field f : s.fields()) {
                if (!f.type().isComparable()) {
                    Type inner = firstIncomparable(f.type());
                    return inner != null && f.type().underlying() instanceof Type.Struct ? inner : f.type();
                }
            }
            return null;
        }
        if (u instanceof Type.Array a && !a.elem().isComparable()) {
            return a.elem();
        }
        return t.isComparable() ? null : t;
    }
}

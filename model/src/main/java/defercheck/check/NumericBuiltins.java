package defercheck.check;

import defercheck.ir.BasicKind;
import defercheck.ir.Builtin;
import defercheck.ir.Type;
import defercheck.syntax.token.TokenKind;
import defercheck.syntax.ast.CallExpr;
import java.util.List;

/** complex, real, imag, and min and max (Go 1.21), folded when their arguments are constant. */
final class NumericBuiltins {

    private final Env env;

    NumericBuiltins(Env env) {
        this.env = env;
    }

    Operand call(CallExpr c, Builtin b) {
        if ((b == Builtin.MIN || b == Builtin.MAX) && !env.version.atLeast(21)) {
            env.error(c.fun().span(), b.goName() + " requires go1.21 or later (-lang was set to go" + env.version
                    + "; check go.mod)");
            return Operand.invalid(c);
        }
        List<Operand> args = env.calls.args(c);
        if (args == null) {
            return Operand.invalid(c);
        }
        return switch (b) {
            case COMPLEX -> complex(c, args);
            case REAL, IMAG -> part(c, args, b);
            default -> minMax(c, args, b);
        };
    }

    private Operand complex(CallExpr c, List<Operand> args) {
        if (!env.builtins.count(c, args, 2)) {
            return Operand.invalid(c);
        }
        Operand[] m = env.assign.matchTypes(args.get(0), args.get(1));
        if (m == null) {
            return Operand.invalid(c);
        }
        Operand x = m[0];
        Operand y = m[1];
        if (x.isConstant() && y.isConstant() && x.untyped() && y.untyped()) {
            BigRational re = x.value().toRat();
            BigRational im = y.value().toRat();
            if (re == null || im == null) {
                return mismatch(c, x, y);
            }
            return Operand.constant(c, Type.UNTYPED_COMPLEX, new ConstValue.ComplexVal(re, im));
        }
        x = env.assign.convertUntyped(x, Type.FLOAT64, false);
        y = env.assign.convertUntyped(y, x.invalid() ? Type.FLOAT64 : x.type(), false);
        if (x.invalid() || y.invalid()) {
            return Operand.invalid(c);
        }
        if (!Types.identical(x.type(), y.type()) || !Types.isFloat(x.type())) {
            return mismatch(c, x, y);
        }
        Type result = x.type().basicKind() == BasicKind.FLOAT32 ? Type.COMPLEX64 : Type.COMPLEX128;
        if (x.isConstant() && y.isConstant()) {
            return Operand.constant(c, result, new ConstValue.ComplexVal(x.value().toRat(), y.value().toRat()));
        }
        env.info.calls.put(c, new CallResolution.BuiltinCall(Builtin.COMPLEX, 1));
        env.info.types.put(c, result);
        return Operand.value(c, result);
    }

    private Operand mismatch(CallExpr c, Operand x, Operand y) {
        env.error(c.span(), "invalid operation: complex(" + defercheck.syntax.ExprPrinter.print(x.expr()) + ", "
                + defercheck.syntax.ExprPrinter.print(y.expr()) + ") (mismatched types " + x.typeName() + " and "
                + y.typeName() + ")");
        return Operand.invalid(c);
    }

    private Operand part(CallExpr c, List<Operand> args, Builtin b) {
        if (!env.builtins.count(c, args, 1)) {
            return Operand.invalid(c);
        }
        Operand x = args.get(0);
        if (x.isConstant() && x.untyped()) {
            ConstValue.ComplexVal v = x.value().toComplex();
            if (v == null) {
                return notComplex(c, x, b);
            }
            return Operand.constant(c, Type.UNTYPED_FLOAT, new ConstValue.RatVal(b == Builtin.REAL ? v.re() : v.im()));
        }
        if (!Types.isComplex(x.type())) {
            return notComplex(c, x, b);
        }
        Type result = x.type().basicKind() == BasicKind.COMPLEX64 ? Type.FLOAT32 : Type.FLOAT64;
        if (x.isConstant()) {
            ConstValue.ComplexVal v = x.value().toComplex();
            return Operand.constant(c, result, new ConstValue.RatVal(b == Builtin.REAL ? v.re() : v.im()));
        }
        env.info.calls.put(c, new CallResolution.BuiltinCall(b, 1));
        return Operand.value(c, result);
    }

    private Operand notComplex(CallExpr c, Operand x, Builtin b) {
        env.error(x.expr().span(), "invalid argument: " + x.describe() + " not of complex type");
        return Operand.invalid(c);
    }

    /** min and max: ordered operands of one type (untyped ones converted as in a binary operation). */
    private Operand minMax(CallExpr c, List<Operand> args, Builtin b) {
        if (args.isEmpty()) {
            env.builtins.reportCount(c, 0, 1);
            return Operand.invalid(c);
        }
        Operand acc = args.get(0);
        if (!Types.isOrdered(acc.type())) {
            env.error(acc.expr().span(), "invalid argument: " + acc.describe() + " cannot be ordered");
            return Operand.invalid(c);
        }
        for (Operand y : args.subList(1, args.size())) {
            Operand[] m = env.assign.matchTypes(acc, y);
            if (m == null) {
                return Operand.invalid(c);
            }
            if (!Types.identical(m[0].type(), m[1].type())) {
                env.error(y.expr().span(), "invalid argument: mismatched types " + m[0].typeName() + " (previous argument) and "
                        + m[1].typeName() + " (type of " + defercheck.syntax.ExprPrinter.print(y.expr()) + ")");
                return Operand.invalid(c);
            }
            if (m[0].isConstant() && m[1].isConstant()) {
                boolean less = ((ConstValue.BoolVal) ConstOps.binary(TokenKind.LSS, m[1].value(), m[0].value(), false)).value();
                acc = (b == Builtin.MIN) == less ? m[1].withExpr(c) : m[0].withExpr(c);
            } else {
                acc = Operand.value(c, m[0].type());
            }
        }
        if (acc.isConstant()) {
            return Operand.constant(c, acc.type(), acc.value());
        }
        for (Operand a : args) {
            env.assign.convertUntyped(a, acc.type(), false);
        }
        env.info.calls.put(c, new CallResolution.BuiltinCall(b, 1));
        return Operand.value(c, acc.type());
    }
}

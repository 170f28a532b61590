package defercheck.check;

import defercheck.ir.Type;
import defercheck.source.ByteStrings;
import defercheck.syntax.ast.CallExpr;
import java.math.BigInteger;
import java.util.List;

/**
 * Conversions {@code T(x)} (Go spec "Conversions", types2 conversion): constant conversions stay constant
 * (integer to string gives the rune's UTF-8), others convert at run time.
 */
final class Conversions {

    private final Env env;

    Conversions(Env env) {
        this.env = env;
    }

    Operand convert(CallExpr c, Type t) {
        if (c.args().size() != 1 || c.hasEllipsis()) {
            env.error(c.args().isEmpty() ? c.rparen() : c.args().size() > 1 ? c.args().get(1).span() : c.ellipsis(),
                    (c.args().isEmpty() ? "missing argument" : c.args().size() > 1 ? "too many arguments"
                            : "invalid use of ...") + " in conversion to " + t);
            env.calls.args(c);
            return Operand.invalid(c);
        }
        Operand x = env.exprs.value(c.args().get(0));
        if (x.invalid() || t == Type.INVALID) {
            return Operand.invalid(c);
        }
        env.info.calls.put(c, new CallResolution.Conversion(t));
        if (t instanceof Type.TypeParam || x.type() instanceof Type.TypeParam) {
            return typeParamConversion(c, x, t);
        }
        boolean constType = t.underlying() instanceof Type.Basic b && b.kind().isConstType();
        if (x.isConstant() && constType) {
            Operand r = constantConversion(c, x, t);
            // in generic code T(c) is not a constant (Go spec "Conversions"): no folding around it in an instance
            return r.isConstant() && namesTypeArgument(c.fun()) ? Operand.value(c, t) : r;
        }
        if (x.mode() == Mode.NIL) {
            if (!t.isNilable()) {
                return cannot(x, t);
            }
            env.assign.finalizeUntyped(x, t);
            return Operand.value(c, t);
        }
        Type from = x.untyped() ? Types.defaultType(x.type()) : x.type();
        if (sliceToArray(from, t)) {
            if (!env.version.atLeast(17)) {
                // the wording of go1.16 and older is not checked against a toolchain here
                env.unsupported(c.span(), "conversion from slice to array pointer before go1.17");
                return Operand.invalid(c);
            }
            return Operand.value(c, t);
        }
        if (!Types.convertible(from, t) && !(x.untyped() && env.assign.implicitType(x, t) != null)) {
            return cannot(x, t);
        }
        if (x.untyped()) {
            env.assign.finalizeUntyped(x, t.isInterface() || x.isConstant() ? Types.defaultType(x.type()) : t);
        }
        return Operand.value(c, t);
    }

    /**
     * A conversion from or to a type parameter (types2 conversion with type sets): valid when it is valid for
     * every pair of types of the type sets; a constant must fit each of them, and the result is not constant.
     */
    private Operand typeParamConversion(CallExpr c, Operand x, Type t) {
        if (x.mode() == Mode.NIL) {
            return cannot(x, t);
        }
        List<Type> to = typeSet(t);
        List<Type> from = x.untyped() ? List.of(x.type()) : typeSet(x.type());
        boolean ok;
        if (to == null || from == null) {
            ok = !x.untyped() && Types.assignable(x.type(), t) == null;
        } else {
            ok = true;
            for (Type f : from) {
                for (Type u : to) {
                    ok &= x.untyped() ? untypedFits(x, u) : Types.convertible(f, u);
                }
            }
        }
        if (!ok) {
            return cannot(x, t);
        }
        return Operand.value(c, t);
    }

    private boolean untypedFits(Operand x, Type u) {
        if (x.isConstant() && u.underlying() instanceof Type.Basic b && b.kind().isConstType()) {
            return ConstOps.representable(x.value(), b.kind()).fits();
        }
        return Types.convertible(Types.defaultType(x.type()), u);
    }

    /** The types of a type parameter's type set (null when it has no terms), or the type itself. */
    private static List<Type> typeSet(Type t) {
        if (!(t instanceof Type.TypeParam)) {
            return List.of(t);
        }
        List<Type.Term> terms = Types.terms(t);
        return terms == null || terms.isEmpty() ? null : terms.stream().map(Type.Term::type).toList();
    }

    private boolean namesTypeArgument(defercheck.syntax.ast.Expr fun) {
        return env.generics.instantiating > 0 && ExprChecker.unparen(fun) instanceof defercheck.syntax.ast.Ident id
                && env.generics.typeArgNames.contains(env.info.uses.get(id));
    }

    /**
     * Go spec "Conversions from slice to array or array pointer" (array pointers from go1.17, arrays from
     * go1.20): valid when the element types are identical. Before go1.20 types2 knows no conversion to an
     * array, so that one is the plain "cannot convert" error.
     */
    private boolean sliceToArray(Type from, Type t) {
        if (!(from.underlying() instanceof Type.Slice s)) {
            return false;
        }
        Type u = t.underlying();
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            return Types.identical(s.elem(), a.elem());
        }
        return env.version.atLeast(20) && u instanceof Type.Array a && Types.identical(s.elem(), a.elem());
    }

    private Operand constantConversion(CallExpr c, Operand x, Type t) {
        ConstValue v = x.value();
        ConstOps.Fit fit = ConstOps.representable(v, t.basicKind());
        ConstValue result;
        if (fit.fits()) {
            result = fit.value();
        } else if (Types.isInteger(x.type()) && Types.isString(t)) {
            BigInteger i = v.toInt();
            long rune = i.signum() >= 0 && i.bitLength() < 32 ? i.longValue() : -1;
            result = new ConstValue.StringVal(ByteStrings.encodeRune(rune));
        } else if (Types.isInteger(x.type()) && Types.isInteger(t) && env.version.atLeast(22)) {
            env.error(x.expr().span(), "constant " + ConstFormat.format(v) + " overflows " + t);
            return Operand.invalid(c);
        } else {
            return cannot(x, t);
        }
        if (x.untyped()) {
            Type fin = Types.isInteger(x.type()) && Types.isString(t) ? Types.defaultType(x.type()) : t;
            env.assign.finalizeUntyped(x, fin);
        }
        return new Operand(Mode.CONSTANT, t, result, List.of(), c, null);
    }

    /**
     * "cannot convert x to type T". For an integer target types2 has already replaced an integral constant by its
     * integer value, so the message shows 2500000000 rather than 2.5e+09.
     */
    private Operand cannot(Operand x, Type t) {
        if (x.isConstant() && Types.isInteger(t) && x.value().toInt() != null && !(x.value() instanceof ConstValue.IntVal)) {
            x = x.withValue(new ConstValue.IntVal(x.value().toInt()));
        }
        env.error(x.expr().span(), "cannot convert " + x.describe() + " to type " + t);
        return Operand.invalid(x.expr());
    }
}

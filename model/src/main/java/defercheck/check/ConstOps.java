package defercheck.check;

import defercheck.check.ConstValue.BoolVal;
import defercheck.check.ConstValue.ComplexVal;
import defercheck.check.ConstValue.IntVal;
import defercheck.check.ConstValue.RatVal;
import defercheck.check.ConstValue.StringVal;
import defercheck.ir.BasicKind;
import defercheck.ir.Constant;
import defercheck.ir.Type;
import defercheck.syntax.token.TokenKind;
import java.math.BigInteger;

/**
 * Exact constant arithmetic (go/constant): operations on values of one kind, representability in a basic type
 * (with float rounding), and the final IR constant.
 */
final class ConstOps {

    /** types2's bound on a constant shift count (shiftBound in expr.go). */
    static final int MAX_SHIFT = 1023 - 1 + 52;

    private ConstOps() {
    }

    /** {@code x op y} for values of the same kind; {@code intDivision} for integer-typed operands. Null: division by zero. */
    static ConstValue binary(TokenKind op, ConstValue x, ConstValue y, boolean intDivision) {
        if (x instanceof BoolVal a && y instanceof BoolVal b) {
            return bools(op, a.value(), b.value());
        }
        if (x instanceof StringVal a && y instanceof StringVal b) {
            return op == TokenKind.ADD ? new StringVal(a.value() + b.value()) : compare(op, a.value().compareTo(b.value()));
        }
        if (x instanceof IntVal a && y instanceof IntVal b) {
            return ints(op, a.value(), b.value(), intDivision);
        }
        if (x instanceof ComplexVal || y instanceof ComplexVal) {
            return complexes(op, x.toComplex(), y.toComplex());
        }
        return rats(op, x.toRat(), y.toRat());
    }

    private static ConstValue bools(TokenKind op, boolean x, boolean y) {
        return switch (op) {
            case LAND -> new BoolVal(x && y);
            case LOR -> new BoolVal(x || y);
            case EQL -> new BoolVal(x == y);
            default -> new BoolVal(x != y);
        };
    }

    private static ConstValue ints(TokenKind op, BigInteger x, BigInteger y, boolean intDivision) {
        return switch (op) {
            case ADD -> new IntVal(x.add(y));
            case SUB -> new IntVal(x.subtract(y));
            case MUL -> new IntVal(x.multiply(y));
            case QUO -> {
                if (y.signum() == 0) {
                    yield null;
                }
                yield intDivision ? new IntVal(x.divide(y)) : rat(new BigRational(x, y));
            }
            case REM -> y.signum() == 0 ? null : new IntVal(x.remainder(y));
            case AND -> new IntVal(x.and(y));
            case OR -> new IntVal(x.or(y));
            case XOR -> new IntVal(x.xor(y));
            case AND_NOT -> new IntVal(x.andNot(y));
            case SHL -> new IntVal(x.shiftLeft(y.intValueExact()));
            case SHR -> new IntVal(x.shiftRight(y.intValueExact()));
            default -> compare(op, x.compareTo(y));
        };
    }

    /** A rational result: an integer value of float kind stays a RatVal. */
    private static ConstValue rat(BigRational r) {
        return new RatVal(r);
    }

    private static ConstValue rats(TokenKind op, BigRational x, BigRational y) {
        return switch (op) {
            case ADD -> rat(x.add(y));
            case SUB -> rat(x.subtract(y));
            case MUL -> rat(x.multiply(y));
            case QUO -> y.signum() == 0 ? null : rat(x.divide(y));
            default -> compare(op, x.compareTo(y));
        };
    }

    private static ConstValue complexes(TokenKind op, ComplexVal x, ComplexVal y) {
        BigRational a = x.re();
        BigRational b = x.im();
        BigRational c = y.re();
        BigRational d = y.im();
        return switch (op) {
            case ADD -> new ComplexVal(a.add(c), b.add(d));
            case SUB -> new ComplexVal(a.subtract(c), b.subtract(d));
            case MUL -> new ComplexVal(a.multiply(c).subtract(b.multiply(d)), b.multiply(c).add(a.multiply(d)));
            case QUO -> {
                BigRational s = c.multiply(c).add(d.multiply(d));
                if (s.signum() == 0) {
                    yield null;
                }
                yield new ComplexVal(a.multiply(c).add(b.multiply(d)).divide(s),
                        b.multiply(c).subtract(a.multiply(d)).divide(s));
            }
            case EQL -> new BoolVal(a.equals(c) && b.equals(d));
            default -> new BoolVal(!(a.equals(c) && b.equals(d)));
        };
    }

    private static ConstValue compare(TokenKind op, int c) {
        return switch (op) {
            case EQL -> new BoolVal(c == 0);
            case NEQ -> new BoolVal(c != 0);
            case LSS -> new BoolVal(c < 0);
            case LEQ -> new BoolVal(c <= 0);
            case GTR -> new BoolVal(c > 0);
            default -> new BoolVal(c >= 0);
        };
    }

    /** Unary {@code op x}; for ^ on a typed unsigned integer, {@code unsignedBits} is its width (else 0). */
    static ConstValue unary(TokenKind op, ConstValue x, int unsignedBits) {
        return switch (op) {
            case NOT -> new BoolVal(!((BoolVal) x).value());
            case ADD -> x;
            case SUB -> {
                if (x instanceof IntVal i) {
                    yield new IntVal(i.value().negate());
                } else if (x instanceof RatVal r) {
                    yield new RatVal(r.value().negate());
                }
                ComplexVal c = (ComplexVal) x;
                yield new ComplexVal(c.re().negate(), c.im().negate());
            }
            default -> {
                BigInteger v = ((IntVal) x).value();
                if (unsignedBits > 0) {
                    yield new IntVal(v.xor(BigInteger.ONE.shiftLeft(unsignedBits).subtract(BigInteger.ONE)));
                }
                yield new IntVal(v.not());
            }
        };
    }

    /** The outcome of fitting a constant into a type: the (rounded) value, or why it does not fit. */
    record Fit(ConstValue value, String problem) {
        static Fit ok(ConstValue v) {
            return new Fit(v, null);
        }

        boolean fits() {
            return problem == null;
        }
    }

    /**
     * Go spec "Representability": whether {@code x} is representable by a value of basic kind {@code k}; floats
     * are rounded to the type's precision. The problem is "overflows" or "truncated" as types2 says, or
     * "kind" when the kinds do not match at all.
     */
    static Fit representable(ConstValue x, BasicKind k) {
        if (k.isBoolean()) {
            return x instanceof BoolVal ? Fit.ok(x) : new Fit(x, "kind");
        }
        if (k.isString()) {
            return x instanceof StringVal ? Fit.ok(x) : new Fit(x, "kind");
        }
        if (x instanceof BoolVal || x instanceof StringVal) {
            return new Fit(x, "kind");
        }
        if (k.isInteger()) {
            BigRational r = x.toRat();
            if (r == null || !r.isInt()) {
                return new Fit(x, "truncated");
            }
            if (k.isUntyped()) {
                return Fit.ok(new IntVal(r.num()));
            }
            if (inRange(r.num(), k)) {
                return Fit.ok(new IntVal(r.num()));
            }
            // types2: a float constant that does not fit an integer type is "truncated", whatever its value
            return new Fit(x, x instanceof IntVal ? "overflows" : "truncated");
        }
        if (k.isFloat()) {
            BigRational r = x.toRat();
            if (r == null) {
                return new Fit(x, "truncated");
            }
            return roundFloat(r, k);
        }
        if (k.isComplex()) {
            ComplexVal c = x.toComplex();
            if (k.isUntyped()) {
                return Fit.ok(c);
            }
            BasicKind part = k == BasicKind.COMPLEX64 ? BasicKind.FLOAT32 : BasicKind.FLOAT64;
            Fit re = roundFloat(c.re(), part);
            Fit im = roundFloat(c.im(), part);
            if (!re.fits() || !im.fits()) {
                return new Fit(x, "overflows");
            }
            return Fit.ok(new ComplexVal(re.value().toRat(), im.value().toRat()));
        }
        return new Fit(x, "kind");
    }

    private static Fit roundFloat(BigRational r, BasicKind k) {
        if (k.isUntyped()) {
            return Fit.ok(new RatVal(r));
        }
        double d = k == BasicKind.FLOAT32 ? r.toFloat() : r.toDouble();
        if (Double.isInfinite(d)) {
            return new Fit(new RatVal(r), "overflows");
        }
        return Fit.ok(new RatVal(BigRational.of(d)));
    }

    static boolean inRange(BigInteger v, BasicKind k) {
        int bits = k.bits();
        if (k.isUnsigned()) {
            return v.signum() >= 0 && v.bitLength() <= bits;
        }
        return v.bitLength() <= bits - 1;
    }

    /** The IR constant of a value that fits {@code t} (a typed basic type, after representable). */
    static Constant toIr(ConstValue v, Type t) {
        BasicKind k = t.basicKind();
        if (k.isBoolean()) {
            return new Constant.BoolConst(t, ((BoolVal) v).value());
        } else if (k.isString()) {
            return new Constant.StringConst(t, ((StringVal) v).value());
        } else if (k.isInteger()) {
            return new Constant.IntConst(t, v.toInt().longValue());
        } else if (k.isFloat()) {
            return new Constant.FloatConst(t, k == BasicKind.FLOAT32 ? v.toRat().toFloat() : v.toRat().toDouble());
        }
        ComplexVal c = v.toComplex();
        boolean c64 = k == BasicKind.COMPLEX64;
        return new Constant.ComplexConst(t, c64 ? c.re().toFloat() : c.re().toDouble(),
                c64 ? c.im().toFloat() : c.im().toDouble());
    }
}

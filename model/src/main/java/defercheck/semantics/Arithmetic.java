package defercheck.semantics;

import defercheck.ir.BasicKind;
import defercheck.ir.BinaryOp;
import defercheck.ir.Type;
import defercheck.semantics.Value.BoolValue;
import defercheck.semantics.Value.ComplexValue;
import defercheck.semantics.Value.FloatValue;
import defercheck.semantics.Value.IntValue;
import defercheck.semantics.Value.StringValue;

/**
 * Go's arithmetic and ordering on numbers and strings, per kind: integers wrap at their width (unsigned 64-bit
 * ones compared and divided unsigned), float32 results are rounded to float after every operation, complex
 * division follows the runtime's complex128div. Division by an integer zero and negative shift counts are the
 * caller's panics: these return null for them.
 */
final class Arithmetic {

    /** The panic of an integer operation, for the caller to raise. */
    enum Fault { DIVIDE_BY_ZERO, NEGATIVE_SHIFT }

    private Arithmetic() {
    }

    static Value ints(BinaryOp op, IntValue x, IntValue y, Fault[] fault) {
        Type t = x.type();
        long a = x.value();
        long b = y.value();
        boolean unsigned = x.unsigned();
        return switch (op) {
            case ADD -> new IntValue(t, a + b);
            case SUB -> new IntValue(t, a - b);
            case MUL -> new IntValue(t, a * b);
            case DIV, REM -> {
                if (b == 0) {
                    fault[0] = Fault.DIVIDE_BY_ZERO;
                    yield null;
                }
                if (unsigned) {
                    yield new IntValue(t, op == BinaryOp.DIV ? Long.divideUnsigned(a, b) : Long.remainderUnsigned(a, b));
                }
                yield new IntValue(t, op == BinaryOp.DIV ? a / b : a % b);
            }
            case AND_BITS -> new IntValue(t, a & b);
            case OR_BITS -> new IntValue(t, a | b);
            case XOR -> new IntValue(t, a ^ b);
            case AND_NOT -> new IntValue(t, a & ~b);
            default -> compare(op, unsigned ? Long.compareUnsigned(a, b) : Long.compare(a, b));
        };
    }

    /** {@code x << y} or {@code x >> y}; y is any integer (a negative signed count panics). */
    static Value shift(BinaryOp op, IntValue x, IntValue y, Fault[] fault) {
        long count = y.value();
        if (!y.unsigned() && count < 0) {
            fault[0] = Fault.NEGATIVE_SHIFT;
            return null;
        }
        int bits = x.type().basicKind().bits();
        boolean huge = y.unsigned() ? Long.compareUnsigned(count, bits) >= 0 : count >= bits;
        long a = x.value();
        if (op == BinaryOp.SHL) {
            return new IntValue(x.type(), huge ? 0 : a << count);
        }
        if (x.unsigned()) {
            return new IntValue(x.type(), huge ? 0 : a >>> count);
        }
        return new IntValue(x.type(), huge ? (a < 0 ? -1 : 0) : a >> count);
    }

    static Value floats(BinaryOp op, FloatValue x, FloatValue y) {
        double a = x.value();
        double b = y.value();
        return switch (op) {
            case ADD -> floatOf(x.type(), a + b);
            case SUB -> floatOf(x.type(), a - b);
            case MUL -> floatOf(x.type(), a * b);
            case DIV -> floatOf(x.type(), a / b);
            default -> compareFloats(op, a, b);
        };
    }

    /** A float value of type {@code t}, rounded to float32 precision when t is a float32 type. */
    static FloatValue floatOf(Type t, double d) {
        return new FloatValue(t, t.basicKind() == BasicKind.FLOAT32 ? (float) d : d);
    }

    private static Value compareFloats(BinaryOp op, double a, double b) {
        return switch (op) {
            case LT -> BoolValue.of(a < b);
            case LE -> BoolValue.of(a <= b);
            case GT -> BoolValue.of(a > b);
            case GE -> BoolValue.of(a >= b);
            default -> throw new AssertionError(op);
        };
    }

    static Value complexes(BinaryOp op, ComplexValue x, ComplexValue y) {
        double a = x.re();
        double b = x.im();
        double c = y.re();
        double d = y.im();
        return switch (op) {
            case ADD -> complexOf(x.type(), a + c, b + d);
            case SUB -> complexOf(x.type(), a - c, b - d);
            case MUL -> complexOf(x.type(), a * c - b * d, b * c + a * d);
            case DIV -> divide(x.type(), a, b, c, d);
            default -> throw new AssertionError(op);
        };
    }

    static ComplexValue complexOf(Type t, double re, double im) {
        if (t.basicKind() == BasicKind.COMPLEX64) {
            return new ComplexValue(t, (float) re, (float) im);
        }
        return new ComplexValue(t, re, im);
    }

    /**
     * The runtime's complex128div: Smith's scaling on the larger part of the divisor, with its special cases for
     * zero, infinite and NaN operands so that results match C99 Annex G as Go does.
     */
    private static ComplexValue divide(Type t, double a, double b, double c, double d) {
        double e;
        double f;
        if (Math.abs(c) >= Math.abs(d)) {
            double ratio = d / c;
            double denom = c + ratio * d;
            e = (a + b * ratio) / denom;
            f = (b - a * ratio) / denom;
        } else {
            double ratio = c / d;
            double denom = d + ratio * c;
            e = (a * ratio + b) / denom;
            f = (b * ratio - a) / denom;
        }
        if (Double.isNaN(e) && Double.isNaN(f)) {
            double[] fixed = recoverInfinities(a, b, c, d);
            if (fixed != null) {
                e = fixed[0];
                f = fixed[1];
            }
        }
        return complexOf(t, e, f);
    }

    /** C99 Annex G recovery of infinite and zero results that the scaled division turned into NaN. */
    private static double[] recoverInfinities(double a, double b, double c, double d) {
        if (c == 0 && d == 0 && (!Double.isNaN(a) || !Double.isNaN(b))) {
            return new double[] {Math.copySign(Double.POSITIVE_INFINITY, c) * a,
                Math.copySign(Double.POSITIVE_INFINITY, c) * b};
        }
        if ((Double.isInfinite(a) || Double.isInfinite(b)) && Double.isFinite(c) && Double.isFinite(d)) {
            double a1 = Math.copySign(Double.isInfinite(a) ? 1 : 0, a);
            double b1 = Math.copySign(Double.isInfinite(b) ? 1 : 0, b);
            return new double[] {Double.POSITIVE_INFINITY * (a1 * c + b1 * d),
                Double.POSITIVE_INFINITY * (b1 * c - a1 * d)};
        }
        if ((Double.isInfinite(c) || Double.isInfinite(d)) && Double.isFinite(a) && Double.isFinite(b)) {
            double c1 = Math.copySign(Double.isInfinite(c) ? 1 : 0, c);
            double d1 = Math.copySign(Double.isInfinite(d) ? 1 : 0, d);
            return new double[] {0.0 * (a * c1 + b * d1), 0.0 * (b * c1 - a * d1)};
        }
        return null;
    }

    static Value strings(BinaryOp op, StringValue x, StringValue y) {
        if (op == BinaryOp.ADD) {
            return new StringValue(x.type(), x.value() + y.value());
        }
        return compare(op, x.value().compareTo(y.value()));
    }

    private static Value compare(BinaryOp op, int c) {
        return switch (op) {
            case LT -> BoolValue.of(c < 0);
            case LE -> BoolValue.of(c <= 0);
            case GT -> BoolValue.of(c > 0);
            case GE -> BoolValue.of(c >= 0);
            default -> throw new AssertionError(op);
        };
    }
}

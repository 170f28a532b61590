package defercheck.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact rational number: the value of an untyped float constant (Go spec "Constants": arbitrary precision,
 * exact arithmetic). Always normalized: the denominator is positive and coprime to the numerator.
 */
record BigRational(BigInteger num, BigInteger den) implements Comparable<BigRational> {

    static final BigRational ZERO = new BigRational(BigInteger.ZERO, BigInteger.ONE);
    static final BigRational ONE = new BigRational(BigInteger.ONE, BigInteger.ONE);

    BigRational {
        if (den.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.signum() == 0) {
            den = BigInteger.ONE;
        }
    }

    static BigRational of(BigInteger i) {
        return new BigRational(i, BigInteger.ONE);
    }

    static BigRational of(BigDecimal d) {
        return d.scale() <= 0 ? of(d.toBigIntegerExact())
                : new BigRational(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /** The exact value of a finite double. */
    static BigRational of(double d) {
        return of(new BigDecimal(d));
    }

    boolean isInt() {
        return den.equals(BigInteger.ONE);
    }

    int signum() {
        return num.signum();
    }

    BigRational add(BigRational o) {
        return new BigRational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    BigRational subtract(BigRational o) {
        return new BigRational(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    BigRational multiply(BigRational o) {
        return new BigRational(num.multiply(o.num), den.multiply(o.den));
    }

    BigRational divide(BigRational o) {
        return new BigRational(num.multiply(o.den), den.multiply(o.num));
    }

    BigRational negate() {
        return new BigRational(num.negate(), den);
    }

    /** Truncation toward zero. */
    BigInteger truncate() {
        return num.divide(den);
    }

    @Override
    public int compareTo(BigRational o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    /**
     * The nearest double, ties to even (IEEE round-to-nearest), or an infinity when the value is too large.
     * Subnormals are rounded at their own precision.
     */
    double toDouble() {
        return roundBinary(52, -1074, 1023);
    }

    /** The nearest float32 value, as a double; an infinity when too large. */
    double toFloat() {
        return roundBinary(23, -149, 127);
    }

    /**
     * Rounds to a binary float with {@code mantBits} fraction bits, smallest exponent of the last bit
     * {@code minExp} and largest exponent {@code maxExp}.
     */
    private double roundBinary(int mantBits, int minExp, int maxExp) {
        if (num.signum() == 0) {
            return 0.0;
        }
        BigInteger a = num.abs();
        // e such that 2^e <= |x| < 2^(e+1)
        int e = a.bitLength() - den.bitLength();
        if (compareMagnitude(a, e) < 0) {
            e--;
        }
        int lastBit = Math.max(e - mantBits, minExp);
        // q = round(|x| / 2^lastBit) to nearest, ties to even
        BigInteger n = a;
        BigInteger d = den;
        if (lastBit >= 0) {
            d = d.shiftLeft(lastBit);
        } else {
            n = n.shiftLeft(-lastBit);
        }
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        int c = qr[1].shiftLeft(1).compareTo(d);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        double magnitude = Math.scalb(q.doubleValue(), lastBit);
        if (q.bitLength() > mantBits + 1 + 1 || Math.getExponent(magnitude) > maxExp || Double.isInfinite(magnitude)) {
            magnitude = Double.POSITIVE_INFINITY;
        }
        if (maxExp == 127 && Math.abs(magnitude) > Float.MAX_VALUE) {
            magnitude = Double.POSITIVE_INFINITY;
        }
        return num.signum() < 0 ? -magnitude : magnitude;
    }

    /** Compares |x| (numerator {@code a}) with 2^e. */
    private int compareMagnitude(BigInteger a, int e) {
        BigInteger lhs = a;
        BigInteger rhs = den;
        if (e >= 0) {
            rhs = rhs.shiftLeft(e);
        } else {
            lhs = lhs.shiftLeft(-e);
        }
        return lhs.compareTo(rhs);
    }

    /** A decimal approximation with {@code digits} significant digits, for messages. */
    BigDecimal toBigDecimal(int digits) {
        return new BigDecimal(num).divide(new BigDecimal(den), new MathContext(digits, RoundingMode.HALF_EVEN));
    }
}

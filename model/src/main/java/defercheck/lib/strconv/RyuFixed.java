package defercheck.lib.strconv;

/**
 * A fixed number of significant decimal digits (FormatFloat's %e and %g with a precision of at most 18
 * digits), by strconv's ryuFtoaFixed32 and ryuFtoaFixed64: one multiplication by a power of ten gives the
 * digits plus a few extra bits, which decide the rounding (half to even when the product is exact).
 */
final class RyuFixed {

    private static final long[] POW10 = new long[20];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private RyuFixed() {
    }

    /** {@code prec} (1..9) digits of mant * 2^exp, mant a float32 mantissa. */
    static DecimalDigits fixed32(long mant, int exp, int prec) {
        DecimalDigits d = new DecimalDigits(24);
        if (mant == 0) {
            return d;
        }
        int e2 = exp;
        int b = RyuMath.bitLength(mant);
        if (b < 25) {
            mant <<= 25 - b;
            e2 += b - 25;
        }
        int q = -RyuMath.mulByLog2Log10(e2 + 24) + prec - 1;
        boolean exact = q <= 27 && q >= 0;
        RyuMath.Product p = RyuMath.mult64(mant, e2, q);
        boolean d0 = p.exact();
        if (q < 0 && q >= -10 && RyuMath.divisibleByPower5(mant, -q)) {
            exact = true;
            d0 = true;
        }
        finish(d, p, exact, d0, 32, prec);
        d.dp -= q;
        return d;
    }

    /** {@code prec} (1..18) digits of mant * 2^exp. */
    static DecimalDigits fixed64(long mant, int exp, int prec) {
        DecimalDigits d = new DecimalDigits(24);
        if (mant == 0) {
            return d;
        }
        int e2 = exp;
        int b = RyuMath.bitLength(mant);
        if (b < 55) {
            mant <<= 55 - b;
            e2 += b - 55;
        }
        int q = -RyuMath.mulByLog2Log10(e2 + 54) + prec - 1;
        boolean exact = q <= 55 && q >= 0;
        RyuMath.Product p = RyuMath.mult128(mant, e2, q);
        boolean d0 = p.exact();
        if (q < 0 && q >= -22 && RyuMath.divisibleByPower5(mant, -q)) {
            exact = true;
            d0 = true;
        }
        finish(d, p, exact, d0, 64, prec);
        d.dp -= q;
        return d;
    }

    /** Splits the product into digits and extra bits (the product has {@code width} bits) and rounds. */
    private static void finish(DecimalDigits d, RyuMath.Product p, boolean exact, boolean d0, int width, int prec) {
        int extra = -p.exp2();
        long mask = width == 32 ? (extra >= 32 ? 0xFFFFFFFFL : (1L << extra) - 1) : Unsigned.mask(extra);
        long di = Unsigned.shr(p.mant(), extra);
        long dfrac = p.mant() & mask;
        long half = Unsigned.shl(1L, extra - 1);
        boolean roundUp;
        if (exact) {
            roundUp = Unsigned.lessThan(half, dfrac) || (dfrac == half && !d0) || (dfrac == half && (di & 1) == 1);
        } else {
            roundUp = Unsigned.shr(dfrac, extra - 1) == 1;
        }
        if (dfrac != 0) {
            d0 = false;
        }
        formatDecimal(d, di, !d0, roundUp, prec);
    }

    /**
     * Writes the first {@code prec} digits of m, rounding the rest (trunc: digits beyond m were dropped and
     * were not all zero; roundUp: what the dropped bits say), as strconv's formatDecimal.
     */
    private static void formatDecimal(DecimalDigits d, long m, boolean trunc, boolean roundUp, int prec) {
        long max = POW10[prec];
        int trimmed = 0;
        while (Long.compareUnsigned(m, max) >= 0) {
            long digit = Long.remainderUnsigned(m, 10);
            m = Long.divideUnsigned(m, 10);
            trimmed++;
            if (digit > 5) {
                roundUp = true;
            } else if (digit < 5) {
                roundUp = false;
            } else {
                roundUp = trunc || (m & 1) == 1;
            }
            if (digit != 0) {
                trunc = true;
            }
        }
        if (roundUp) {
            m++;
        }
        if (m >= max) {
            m /= 10;
            trimmed++;
        }
        for (int n = prec - 1; n >= 0; n--) {
            d.set(n, (char) ('0' + m % 10));
            m /= 10;
        }
        d.nd = prec;
        while (d.digit(d.nd - 1) == '0') {
            d.nd--;
            trimmed++;
        }
        d.dp = d.nd + trimmed;
    }
}

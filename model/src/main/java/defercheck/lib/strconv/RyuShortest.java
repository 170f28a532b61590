package defercheck.lib.strconv;

/**
 * The shortest decimal digits that read back as the same float (FormatFloat with precision -1), by the
 * variant of Ryu that strconv implements (ryuFtoaShortest): it finds the widest power of ten whose multiples
 * fall inside the rounding interval of the value, then the multiple closest to the value. The interval is
 * closed when the mantissa is even (round-half-even reading), open otherwise.
 */
final class RyuShortest {

    private RyuShortest() {
    }

    /** Digits of mant * 2^exp, a float64 or float32 of layout {@code flt}. */
    static DecimalDigits digits(long mant, int exp, FloatInfo flt) {
        DecimalDigits d = new DecimalDigits(32);
        if (mant == 0) {
            return d;
        }
        if (exp <= 0 && Long.numberOfTrailingZeros(mant) >= -exp) {
            // An exact integer: its neighbours are not admissible, so print all its digits.
            long n = mant >>> -exp;
            RyuDigits.emit(d, n, n, n, true, false);
            return d;
        }
        boolean border = mant == 1L << flt.mantBits() && exp != flt.bias() + 1 - flt.mantBits();
        long ml = border ? 4 * mant - 1 : 2 * mant - 1;
        long mc = border ? 4 * mant : 2 * mant;
        long mu = border ? 4 * mant + 2 : 2 * mant + 1;
        int e2 = border ? exp - 2 : exp - 1;
        if (e2 == 0) {
            RyuDigits.emit(d, ml, mc, mu, true, false);
            return d;
        }
        int q = RyuMath.mulByLog2Log10(-e2) + 1;
        RyuMath.Product l = multiply(ml, e2, q, flt);
        RyuMath.Product c = multiply(mc, e2, q, flt);
        RyuMath.Product u = multiply(mu, e2, q, flt);
        boolean l0 = l.exact();
        boolean c0 = c.exact();
        boolean u0 = u.exact();
        if (q > 55) {
            l0 = false;
            c0 = false;
            u0 = false;
        }
        if (q < 0 && q >= -24) {
            l0 |= RyuMath.divisibleByPower5(ml, -q);
            c0 |= RyuMath.divisibleByPower5(mc, -q);
            u0 |= RyuMath.divisibleByPower5(mu, -q);
        }
        round(d, mant, u.exp2(), l.mant(), l0, c.mant(), c0, u.mant(), u0);
        d.dp -= q;
        return d;
    }

    private static RyuMath.Product multiply(long m, int e2, int q, FloatInfo flt) {
        return flt == FloatInfo.F32 ? RyuMath.mult64(m & 0xFFFFFFFFL, e2, q) : RyuMath.mult128(m, e2, q);
    }

    /**
     * Splits the three products into integer parts and fractions, narrows the interval to its admissible
     * integers, decides whether the central value rounds up, and emits the digits.
     */
    private static void round(DecimalDigits d, long mant, int e2, long dl, boolean dl0, long dc, boolean dc0,
            long du, boolean du0) {
        int extra = -e2;
        long extraMask = Unsigned.mask(extra);
        long fracl = dl & extraMask;
        long fracc = dc & extraMask;
        long fracu = du & extraMask;
        dl = Unsigned.shr(dl, extra);
        dc = Unsigned.shr(dc, extra);
        du = Unsigned.shr(du, extra);
        boolean uok = !du0 || fracu != 0;
        if (du0 && fracu == 0) {
            uok = (mant & 1) == 0;
        }
        if (!uok) {
            du--;
        }
        long half = Unsigned.shl(1L, extra - 1);
        boolean cup;
        if (dc0) {
            cup = Unsigned.lessThan(half, fracc) || (fracc == half && (dc & 1) == 1);
        } else {
            cup = Unsigned.shr(fracc, extra - 1) == 1;
        }
        boolean lok = dl0 && fracl == 0 && (mant & 1) == 0;
        if (!lok) {
            dl++;
        }
        boolean c0 = dc0 && fracc == 0;
        RyuDigits.emit(d, dl, dc, du, c0, cup);
    }
}

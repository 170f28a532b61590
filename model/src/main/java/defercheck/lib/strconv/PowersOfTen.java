package defercheck.lib.strconv;

import java.math.BigInteger;

/**
 * 128-bit approximations, rounded down, of the powers of ten 1e-348 to 1e347: the mantissa m (top bit set)
 * with 10^q ~ m * 2^(floor(q*log2(10)) - 127). strconv's Ryu and Eisel-Lemire code multiply by these; the
 * library computes the same table exactly, with BigInteger, instead of listing it.
 */
final class PowersOfTen {

    static final int MIN_EXP10 = -348;
    static final int MAX_EXP10 = 347;

    private static final long[] LO = new long[MAX_EXP10 - MIN_EXP10 + 1];
    private static final long[] HI = new long[MAX_EXP10 - MIN_EXP10 + 1];

    static {
        BigInteger mask64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        for (int q = MIN_EXP10; q <= MAX_EXP10; q++) {
            BigInteger m = mantissa(q);
            LO[q - MIN_EXP10] = m.and(mask64).longValue();
            HI[q - MIN_EXP10] = m.shiftRight(64).longValue();
        }
    }

    private PowersOfTen() {
    }

    /** The low 64 bits of 10^q's mantissa. */
    static long lo(int q) {
        return LO[q - MIN_EXP10];
    }

    /** The high 64 bits of 10^q's mantissa. */
    static long hi(int q) {
        return HI[q - MIN_EXP10];
    }

    /** floor(10^q * 2^k) for the k that gives exactly 128 bits. */
    private static BigInteger mantissa(int q) {
        if (q >= 0) {
            BigInteger p = BigInteger.TEN.pow(q);
            int shift = p.bitLength() - 128;
            return shift >= 0 ? p.shiftRight(shift) : p.shiftLeft(-shift);
        }
        BigInteger d = BigInteger.TEN.pow(-q);
        return BigInteger.ONE.shiftLeft(127 + d.bitLength()).divide(d);
    }
}

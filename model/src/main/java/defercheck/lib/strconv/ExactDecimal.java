package defercheck.lib.strconv;

import java.math.BigInteger;

/**
 * The exact decimal expansion of mant * 2^exp and its rounding to a number of digits, half to even, as
 * strconv's multiprecision decimal does for %f and for %e and %g with more than 18 digits (its bigFtoa).
 * A binary float's expansion is finite (at most 767 significant digits), so nothing is ever truncated.
 */
final class ExactDecimal {

    private ExactDecimal() {
    }

    /** All digits of mant * 2^exp, trailing zeros dropped. */
    static DecimalDigits of(long mant, int exp) {
        if (mant == 0) {
            return new DecimalDigits(1);
        }
        BigInteger m = new BigInteger(Long.toUnsignedString(mant));
        String digits;
        int dp;
        if (exp >= 0) {
            digits = m.shiftLeft(exp).toString();
            dp = digits.length();
        } else {
            // mant / 2^k = mant * 5^k / 10^k
            digits = m.multiply(BigInteger.valueOf(5).pow(-exp)).toString();
            dp = digits.length() + exp;
        }
        DecimalDigits d = new DecimalDigits(digits.length());
        digits.getChars(0, digits.length(), d.buf, 0);
        d.nd = digits.length();
        d.dp = dp;
        d.trimTrailingZeros();
        return d;
    }

    /**
     * Rounds to {@code nd} digits, half to even; nothing happens when nd is negative or covers every digit
     * (strconv's decimal.Round).
     */
    static void round(DecimalDigits d, int nd) {
        if (nd < 0 || nd >= d.nd) {
            return;
        }
        if (shouldRoundUp(d, nd)) {
            roundUp(d, nd);
        } else {
            d.nd = nd;
            d.trimTrailingZeros();
        }
    }

    private static boolean shouldRoundUp(DecimalDigits d, int nd) {
        if (d.digit(nd) == '5' && nd + 1 == d.nd) {
            // exactly halfway: round to even
            return nd > 0 && (d.digit(nd - 1) - '0') % 2 == 1;
        }
        return d.digit(nd) >= '5';
    }

    private static void roundUp(DecimalDigits d, int nd) {
        int i = nd - 1;
        while (i >= 0 && d.digit(i) == '9') {
            i--;
        }
        if (i < 0) {
            // all nines: the number becomes 1 followed by zeros
            d.set(0, '1');
            d.nd = 1;
            d.dp++;
            return;
        }
        d.set(i, (char) (d.digit(i) + 1));
        d.nd = i + 1;
    }
}

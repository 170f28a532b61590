package defercheck.lib.strconv;

import java.math.BigInteger;

/**
 * The slow path of strconv's ParseFloat: the literal read into a decimal of at most 800 digits (decimal.set;
 * later non-zero digits only set {@code trunc}), then rounded to the nearest float, half to even, a truncated
 * tail breaking ties upward (decimal.floatBits). strconv does this with decimal shifts; the library computes
 * the same correctly rounded value with BigInteger. decimal.set takes the position of the point from the
 * count of stored digits, so past 800 digits before the point it is too small; that is kept, since the fast
 * paths only rarely leave such input to this one.
 */
final class DecimalToFloat {

    private static final int MAX_DIGITS = 800;

    /** The float's bits and whether it overflowed. */
    record Bits(long bits, boolean overflow) {
    }

    private DecimalToFloat() {
    }

    /** decimal.set then floatBits; null when decimal.set rejects {@code s}. */
    static Bits convert(String s, FloatInfo flt) {
        StringBuilder d = new StringBuilder();
        int[] dpOut = new int[1];
        boolean[] flags = new boolean[2];
        if (!set(s, d, dpOut, flags)) {
            return null;
        }
        return floatBits(d.toString(), dpOut[0], flags[0], flags[1], flt);
    }

    /** decimal.set: digits into {@code d}, point position into dp[0], {neg, trunc} into flags. */
    private static boolean set(String s, StringBuilder d, int[] dp, boolean[] flags) {
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            flags[0] = s.charAt(i) == '-';
            i++;
        }
        boolean sawDot = false;
        boolean sawDigits = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                continue;
            } else if (c == '.') {
                if (sawDot) {
                    return false;
                }
                sawDot = true;
                dp[0] = d.length();
            } else if (c >= '0' && c <= '9') {
                sawDigits = true;
                if (c == '0' && d.length() == 0) {
                    dp[0]--;
                } else if (d.length() < MAX_DIGITS) {
                    d.append(c);
                } else if (c != '0') {
                    flags[1] = true;
                }
            } else {
                break;
            }
        }
        if (!sawDigits) {
            return false;
        }
        if (!sawDot) {
            dp[0] = d.length();
        }
        if (i < s.length() && IntParse.lower(s.charAt(i)) == 'e') {
            i++;
            if (i >= s.length()) {
                return false;
            }
            int esign = 1;
            if (s.charAt(i) == '+') {
                i++;
            } else if (s.charAt(i) == '-') {
                i++;
                esign = -1;
            }
            if (i >= s.length() || s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
            int e = 0;
            for (; i < s.length() && (s.charAt(i) >= '0' && s.charAt(i) <= '9' || s.charAt(i) == '_'); i++) {
                if (s.charAt(i) != '_' && e < 10000) {
                    e = e * 10 + s.charAt(i) - '0';
                }
            }
            dp[0] += e * esign;
        }
        return i == s.length();
    }

    /** The nearest float to 0.digits * 10^dp (plus a little when trunc). */
    private static Bits floatBits(String digits, int dp, boolean neg, boolean trunc, FloatInfo flt) {
        int mb = flt.mantBits();
        long sign = neg ? 1L << (mb + flt.expBits()) : 0;
        String sig = stripTrailingZeros(digits);
        if (sig.isEmpty() || dp < -330) {
            return new Bits(sign, false);
        }
        if (dp > 310) {
            return new Bits(sign | infinityBits(flt), true);
        }
        // value = num / den exactly
        BigInteger num = new BigInteger(sig);
        BigInteger den = BigInteger.ONE;
        int scale = dp - sig.length();
        if (scale >= 0) {
            num = num.multiply(BigInteger.TEN.pow(scale));
        } else {
            den = BigInteger.TEN.pow(-scale);
        }
        // binary exponent e of the lowest mantissa bit: 2^mb <= value / 2^e < 2^(mb+1), at least the subnormal one
        int e = num.bitLength() - den.bitLength() - mb - 1;
        int minE = flt.bias() + 1 - mb;
        e = Math.max(e, minE);
        BigInteger[] qr = scaled(num, den, e);
        if (qr[0].bitLength() > mb + 1) {
            e++;
            qr = scaled(num, den, e);
        }
        BigInteger divisor = e >= 0 ? den.shiftLeft(e) : den;
        long mant = qr[0].longValueExact();
        int cmp = qr[1].shiftLeft(1).compareTo(divisor);
        if (cmp > 0 || cmp == 0 && (trunc || (mant & 1) == 1)) {
            mant++;
            if (mant == 1L << (mb + 1)) {
                mant >>>= 1;
                e++;
            }
        }
        int biasedExp = (mant >>> mb) == 0 ? 0 : e + mb - flt.bias();
        if (biasedExp >= (1 << flt.expBits()) - 1) {
            return new Bits(sign | infinityBits(flt), true);
        }
        return new Bits(sign | (long) biasedExp << mb | mant & ((1L << mb) - 1), false);
    }

    /** {quotient, remainder} of num / (den * 2^e). */
    private static BigInteger[] scaled(BigInteger num, BigInteger den, int e) {
        return e >= 0 ? num.divideAndRemainder(den.shiftLeft(e)) : num.shiftLeft(-e).divideAndRemainder(den);
    }

    private static long infinityBits(FloatInfo flt) {
        return ((1L << flt.expBits()) - 1) << flt.mantBits();
    }

    private static String stripTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }
}

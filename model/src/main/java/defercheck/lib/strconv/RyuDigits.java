package defercheck.lib.strconv;

/**
 * The digit emission of strconv's Ryu shortest algorithm (its ryuDigits and ryuDigits32): given the integer
 * bounds lower <= central <= upper, drop trailing digits while the bounds still admit a shorter number, round
 * the central value (c0: the dropped part is exactly zero; cup: round up), and write the digits.
 */
final class RyuDigits {

    private static final long E9 = 1_000_000_000L;

    private RyuDigits() {
    }

    static void emit(DecimalDigits d, long lower, long central, long upper, boolean c0, boolean cup) {
        long lhi = Long.divideUnsigned(lower, E9);
        long llo = Long.remainderUnsigned(lower, E9);
        long chi = Long.divideUnsigned(central, E9);
        long clo = Long.remainderUnsigned(central, E9);
        long uhi = Long.divideUnsigned(upper, E9);
        long ulo = Long.remainderUnsigned(upper, E9);
        if (uhi == 0) {
            emit32(d, llo, clo, ulo, c0, cup, 8);
        } else if (lhi < uhi) {
            // The interval holds a multiple of 1e9: the low nine digits go at once.
            if (llo != 0) {
                lhi++;
            }
            boolean c0lo = c0 && clo == 0;
            boolean cupLo = clo > 500_000_000L || (clo == 500_000_000L && cup);
            emit32(d, lhi, chi, uhi, c0lo, cupLo, 8);
            d.dp += 9;
        } else {
            d.nd = 0;
            int n = 9;
            for (long v = chi; v > 0; v /= 10) {
                n--;
                d.buf[n] = (char) ('0' + v % 10);
            }
            d.off = n;
            d.nd = 9 - n;
            emit32(d, llo, clo, ulo, c0, cup, d.nd + 8);
        }
        d.trimTrailingZeros();
        while (d.nd > 0 && d.digit(0) == '0') {
            d.nd--;
            d.dp--;
            d.off++;
        }
    }

    /** Digits of numbers below 1e9, written so that the last one lands at index {@code endIndex}. */
    private static void emit32(DecimalDigits d, long lower, long central, long upper, boolean c0, boolean cup,
            int endIndex) {
        if (upper == 0) {
            d.dp = endIndex + 1;
            return;
        }
        int trimmed = 0;
        long cNextDigit = 0;
        while (upper > 0) {
            long l = (lower + 9) / 10;
            long c = central / 10;
            long cdigit = central % 10;
            long u = upper / 10;
            if (l > u) {
                break;
            }
            if (l == c + 1 && c < u) {
                // central sits just below a round number that the bounds admit: take it.
                c++;
                cdigit = 0;
                cup = false;
            }
            trimmed++;
            c0 = c0 && cNextDigit == 0;
            cNextDigit = cdigit;
            lower = l;
            central = c;
            upper = u;
        }
        if (trimmed > 0) {
            cup = cNextDigit > 5 || (cNextDigit == 5 && !c0) || (cNextDigit == 5 && (central & 1) == 1);
        }
        if (central < upper && cup) {
            central++;
        }
        endIndex -= trimmed;
        long v = central;
        for (int n = endIndex; n >= d.nd; n--) {
            d.set(n, (char) ('0' + v % 10));
            v /= 10;
        }
        d.nd = endIndex + 1;
        d.dp = d.nd + trimmed;
    }
}

package defercheck.lib.strconv;

/**
 * FormatFloat's binary formats: %b, the decimal mantissa and binary exponent ({@code 4503599627370496p-52}),
 * and %x/%X, the hexadecimal mantissa with one leading digit and a binary exponent of at least two digits
 * ({@code 0x1.8p+01}), rounded half to even to the precision when one is given (strconv's fmtB and fmtX).
 */
final class BinaryFloatFormat {

    private static final String LOWER = "0123456789abcdef";
    private static final String UPPER = "0123456789ABCDEF";
    private static final long BIT60 = 1L << 60;

    private BinaryFloatFormat() {
    }

    static StringBuilder appendB(StringBuilder dst, boolean neg, long mant, int exp, FloatInfo flt) {
        if (neg) {
            dst.append('-');
        }
        dst.append(Long.toUnsignedString(mant)).append('p');
        int e = exp - flt.mantBits();
        if (e >= 0) {
            dst.append('+');
        }
        return dst.append(e);
    }

    static StringBuilder appendX(StringBuilder dst, int prec, char fmt, boolean neg, long mant, int exp, FloatInfo flt) {
        if (mant == 0) {
            exp = 0;
        }
        // Put the leading 1 (if any) at bit 60.
        mant <<= 60 - flt.mantBits();
        while (mant != 0 && (mant & BIT60) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & (BIT60 - 1);
            mant >>>= 60 - shift;
            if ((extra | (mant & 1)) > 1L << 59) {
                mant++;
            }
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                // rounding carried into a new leading digit
                mant >>>= 1;
                exp++;
            }
        }
        String hex = fmt == 'X' ? UPPER : LOWER;
        if (neg) {
            dst.append('-');
        }
        dst.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            dst.append('.');
            while (mant != 0) {
                dst.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            dst.append('.');
            for (int i = 0; i < prec; i++) {
                dst.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        dst.append(fmt == 'X' ? 'P' : 'p');
        dst.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            dst.append('0');
        }
        return dst.append(exp);
    }
}

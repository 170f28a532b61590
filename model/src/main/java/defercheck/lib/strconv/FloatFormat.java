package defercheck.lib.strconv;

/**
 * strconv.FormatFloat and AppendFloat, exact for float64 and float32: formats %e %E %f %g %G %b %x %X with a
 * precision, or the shortest digits that read back as the same value for precision -1. As in strconv, the
 * digits come from Ryu (shortest; fixed up to 18 digits) or from the exact expansion (%f; more digits), and
 * any other format byte gives "%" and the byte.
 */
public final class FloatFormat {

    /** The panic value of FormatFloat and AppendFloat for a bit size other than 32 or 64. */
    public static final String ILLEGAL_BIT_SIZE_PANIC = "strconv: illegal AppendFloat/FormatFloat bitSize";

    private FloatFormat() {
    }

    /** strconv.FormatFloat(val, fmt, prec, bitSize); bitSize must be 32 or 64. */
    public static String formatFloat(double val, char fmt, int prec, int bitSize) {
        return appendFloat(new StringBuilder(24), val, fmt, prec, bitSize).toString();
    }

    /** strconv.AppendFloat: appends FormatFloat's text to {@code dst}. */
    public static StringBuilder appendFloat(StringBuilder dst, double val, char fmt, int prec, int bitSize) {
        if (bitSize != 32 && bitSize != 64) {
            throw new IllegalArgumentException(ILLEGAL_BIT_SIZE_PANIC + " (caller must check)");
        }
        FloatInfo flt = FloatInfo.of(bitSize);
        long bits = bitSize == 32 ? Float.floatToRawIntBits((float) val) & 0xFFFFFFFFL : Double.doubleToRawLongBits(val);
        boolean neg = (bits >>> (flt.expBits() + flt.mantBits())) != 0;
        int exp = (int) (bits >>> flt.mantBits()) & ((1 << flt.expBits()) - 1);
        long mant = bits & ((1L << flt.mantBits()) - 1);
        if (exp == (1 << flt.expBits()) - 1) {
            return dst.append(mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
        }
        if (exp == 0) {
            exp++;
        } else {
            mant |= 1L << flt.mantBits();
        }
        exp += flt.bias();
        if (fmt == 'b') {
            return BinaryFloatFormat.appendB(dst, neg, mant, exp, flt);
        }
        if (fmt == 'x' || fmt == 'X') {
            return BinaryFloatFormat.appendX(dst, prec, fmt, neg, mant, exp, flt);
        }
        return decimal(dst, neg, mant, exp, flt, fmt, prec);
    }

    private static StringBuilder decimal(StringBuilder dst, boolean neg, long mant, int exp, FloatInfo flt, char fmt,
            int prec) {
        int e2 = exp - flt.mantBits();
        if (prec < 0) {
            DecimalDigits digs = RyuShortest.digits(mant, e2, flt);
            int shortestPrec = prec;
            switch (fmt) {
                case 'e':
                case 'E':
                    shortestPrec = Math.max(digs.nd - 1, 0);
                    break;
                case 'f':
                    shortestPrec = Math.max(digs.nd - digs.dp, 0);
                    break;
                case 'g':
                case 'G':
                    shortestPrec = digs.nd;
                    break;
                default:
                    break;
            }
            return DigitsLayout.append(dst, true, neg, digs, shortestPrec, fmt);
        }
        if (fmt != 'f') {
            int digits = fmt == 'e' || fmt == 'E' ? prec + 1 : fmt == 'g' || fmt == 'G' ? Math.max(prec, 1) : 1;
            if (flt == FloatInfo.F32 && digits <= 9) {
                return DigitsLayout.append(dst, false, neg, RyuFixed.fixed32(mant, e2, digits), gPrec(fmt, prec), fmt);
            } else if (digits <= 18) {
                return DigitsLayout.append(dst, false, neg, RyuFixed.fixed64(mant, e2, digits), gPrec(fmt, prec), fmt);
            }
        }
        return exact(dst, neg, mant, e2, fmt, prec);
    }

    /** %g's precision 0 means 1. */
    private static int gPrec(char fmt, int prec) {
        return (fmt == 'g' || fmt == 'G') && prec == 0 ? 1 : prec;
    }

    private static StringBuilder exact(StringBuilder dst, boolean neg, long mant, int e2, char fmt, int prec) {
        DecimalDigits d = ExactDecimal.of(mant, e2);
        int p = gPrec(fmt, prec);
        switch (fmt) {
            case 'e':
            case 'E':
                ExactDecimal.round(d, p + 1);
                break;
            case 'f':
                ExactDecimal.round(d, d.dp + p);
                break;
            case 'g':
            case 'G':
                ExactDecimal.round(d, p);
                break;
            default:
                break;
        }
        return DigitsLayout.append(dst, false, neg, d, p, fmt);
    }
}

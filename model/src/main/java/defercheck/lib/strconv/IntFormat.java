package defercheck.lib.strconv;

/**
 * strconv's integer and bool formatting: FormatInt, FormatUint, Itoa and FormatBool (the Append variants are
 * these appended). Digits above 9 are lower-case letters.
 */
public final class IntFormat {

    /** The panic value of FormatInt, FormatUint and the Append variants for a base outside 2..36. */
    public static final String ILLEGAL_BASE_PANIC = "strconv: illegal AppendInt/FormatInt base";

    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

    private IntFormat() {
    }

    /** Whether FormatInt accepts {@code base}; for any other base Go panics with {@link #ILLEGAL_BASE_PANIC}. */
    public static boolean validBase(int base) {
        return base >= 2 && base <= 36;
    }

    /** strconv.Itoa / FormatInt(v, 10). */
    public static String itoa(long v) {
        return Long.toString(v);
    }

    /** strconv.FormatInt; {@code base} must be valid. */
    public static String formatInt(long v, int base) {
        requireBase(base);
        if (v < 0) {
            return "-" + formatMagnitude(-v, base);
        }
        return formatMagnitude(v, base);
    }

    /** strconv.FormatUint of the uint64 whose bits are {@code bits}; {@code base} must be valid. */
    public static String formatUint(long bits, int base) {
        requireBase(base);
        return formatMagnitude(bits, base);
    }

    /** strconv.AppendInt. */
    public static StringBuilder appendInt(StringBuilder dst, long v, int base) {
        return dst.append(formatInt(v, base));
    }

    /** strconv.AppendUint. */
    public static StringBuilder appendUint(StringBuilder dst, long bits, int base) {
        return dst.append(formatUint(bits, base));
    }

    /** strconv.FormatBool. */
    public static String formatBool(boolean b) {
        return b ? "true" : "false";
    }

    /** The digits of the unsigned 64-bit value {@code u} (MinInt64's magnitude is 1<<63, also unsigned). */
    private static String formatMagnitude(long u, int base) {
        if (u == 0) {
            return "0";
        }
        char[] buf = new char[64];
        int i = buf.length;
        while (u != 0) {
            buf[--i] = DIGITS.charAt((int) Long.remainderUnsigned(u, base));
            u = Long.divideUnsigned(u, base);
        }
        return new String(buf, i, buf.length - i);
    }

    private static void requireBase(int base) {
        if (!validBase(base)) {
            throw new IllegalArgumentException(ILLEGAL_BASE_PANIC + " (caller must check validBase)");
        }
    }
}

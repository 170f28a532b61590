package defercheck.lib.strconv;

/**
 * What strconv's readFloat takes from the front of a string: up to 19 decimal (16 hex) significant digits
 * as an integer mantissa, the power of 10 (or, for hex, of 2) that scales it, the sign, whether non-zero
 * digits were dropped, and the number of bytes read. A null result means a syntax error.
 */
record FloatLiteral(long mantissa, int exp, boolean neg, boolean trunc, boolean hex, int length) {

    private static final long MAX_MANT_DIGITS_10 = 19;
    private static final long MAX_MANT_DIGITS_16 = 16;

    /** readFloat: the literal at the start of {@code s}, or null. */
    static FloatLiteral read(String s) {
        int i = 0;
        boolean neg = false;
        if (i >= s.length()) {
            return null;
        }
        if (s.charAt(i) == '+') {
            i++;
        } else if (s.charAt(i) == '-') {
            neg = true;
            i++;
        }
        int base = 10;
        boolean hex = false;
        if (i + 2 < s.length() && s.charAt(i) == '0' && IntParse.lower(s.charAt(i + 1)) == 'x') {
            base = 16;
            i += 2;
            hex = true;
        }
        long maxDigits = hex ? MAX_MANT_DIGITS_16 : MAX_MANT_DIGITS_10;
        boolean underscores = false;
        boolean sawDot = false;
        boolean sawDigits = false;
        int nd = 0;
        int ndMant = 0;
        int dp = 0;
        long mantissa = 0;
        boolean trunc = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            char l = IntParse.lower(c);
            if (c == '_') {
                underscores = true;
            } else if (c == '.') {
                if (sawDot) {
                    break;
                }
                sawDot = true;
                dp = nd;
            } else if (c >= '0' && c <= '9' || base == 16 && l >= 'a' && l <= 'f') {
                sawDigits = true;
                if (c == '0' && nd == 0) {
                    dp--;
                    continue;
                }
                nd++;
                if (ndMant < maxDigits) {
                    mantissa = mantissa * base + (c <= '9' ? c - '0' : l - 'a' + 10);
                    ndMant++;
                } else if (c != '0') {
                    trunc = true;
                }
            } else {
                break;
            }
        }
        if (!sawDigits) {
            return null;
        }
        if (!sawDot) {
            dp = nd;
        }
        if (hex) {
            dp *= 4;
            ndMant *= 4;
        }
        char expChar = hex ? 'p' : 'e';
        if (i < s.length() && IntParse.lower(s.charAt(i)) == expChar) {
            i++;
            if (i >= s.length()) {
                return null;
            }
            int esign = 1;
            if (s.charAt(i) == '+') {
                i++;
            } else if (s.charAt(i) == '-') {
                i++;
                esign = -1;
            }
            if (i >= s.length() || s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
            int e = 0;
            for (; i < s.length() && (s.charAt(i) >= '0' && s.charAt(i) <= '9' || s.charAt(i) == '_'); i++) {
                if (s.charAt(i) == '_') {
                    underscores = true;
                } else if (e < 10000) {
                    e = e * 10 + s.charAt(i) - '0';
                }
            }
            dp += e * esign;
        } else if (hex) {
            return null;
        }
        int exp = mantissa != 0 ? dp - ndMant : 0;
        if (underscores && !Underscores.ok(s.substring(0, i))) {
            return null;
        }
        return new FloatLiteral(mantissa, exp, neg, trunc, hex, i);
    }
}

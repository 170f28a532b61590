package defercheck.lib.strconv;

/**
 * The special names ParseFloat accepts at the start of a string (strconv's special): "nan" and an optionally
 * signed "inf" or "infinity", in any case. A longer prefix of "infinity" than "inf" counts as "inf".
 */
record Special(double value, int length) {

    static Special read(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char c = s.charAt(0);
        int nsign = 0;
        double sign = 1;
        String rest = s;
        if (c == '+' || c == '-') {
            sign = c == '-' ? -1 : 1;
            nsign = 1;
            rest = s.substring(1);
        } else if (c == 'n' || c == 'N') {
            return commonPrefixIgnoreCase(s, "nan") == 3 ? new Special(Double.NaN, 3) : null;
        } else if (c != 'i' && c != 'I') {
            return null;
        }
        int n = commonPrefixIgnoreCase(rest, "infinity");
        if (3 < n && n < 8) {
            n = 3;
        }
        if (n == 3 || n == 8) {
            return new Special(sign * Double.POSITIVE_INFINITY, nsign + n);
        }
        return null;
    }

    private static int commonPrefixIgnoreCase(String s, String prefix) {
        int n = Math.min(prefix.length(), s.length());
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != prefix.charAt(i)) {
                return i;
            }
        }
        return n;
    }
}

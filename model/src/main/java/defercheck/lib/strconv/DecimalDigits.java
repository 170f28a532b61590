package defercheck.lib.strconv;

/**
 * Decimal digits d[0..nd) with the decimal point at dp: the value is 0.d[0]d[1]... * 10^dp (strconv's
 * decimalSlice). Trailing zeros are never kept, so nd counts significant digits; zero has nd = 0.
 */
final class DecimalDigits {

    final char[] buf;
    int off;
    int nd;
    int dp;

    DecimalDigits(int capacity) {
        this.buf = new char[capacity];
    }

    char digit(int i) {
        return buf[off + i];
    }

    void set(int i, char c) {
        buf[off + i] = c;
    }

    /** Drops trailing zero digits. */
    void trimTrailingZeros() {
        while (nd > 0 && digit(nd - 1) == '0') {
            nd--;
        }
    }

    @Override
    public String toString() {
        return "0." + new String(buf, off, nd) + "e" + dp;
    }
}

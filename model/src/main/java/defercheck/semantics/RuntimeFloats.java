package defercheck.semantics;

/**
 * The runtime's printfloat (runtime/print.go): seven significant digits in the form {@code +1.500000e+000},
 * computed with the runtime's own float64 steps (normalize by 10, add half an ulp of the 7th digit, peel digits),
 * so the digits agree with real print and println even where they are not correctly rounded.
 */
final class RuntimeFloats {

    private static final int DIGITS = 7;

    private RuntimeFloats() {
    }

    static String print(double v) {
        if (v != v) {
            return "NaN";
        }
        if (v + v == v && v > 0) {
            return "+Inf";
        }
        if (v + v == v && v < 0) {
            return "-Inf";
        }
        char[] buf = new char[DIGITS + 7];
        buf[0] = '+';
        int e = 0;
        if (v == 0) {
            if (1 / v < 0) {
                buf[0] = '-';
            }
        } else {
            if (v < 0) {
                v = -v;
                buf[0] = '-';
            }
            while (v >= 10) {
                e++;
                v /= 10;
            }
            while (v < 1) {
                e--;
                v *= 10;
            }
            double h = 5.0;
            for (int i = 0; i < DIGITS; i++) {
                h /= 10;
            }
            v += h;
            if (v >= 10) {
                e++;
                v /= 10;
            }
        }
        for (int i = 0; i < DIGITS; i++) {
            int s = (int) v;
            buf[i + 2] = (char) (s + '0');
            v -= s;
            v *= 10;
        }
        buf[1] = buf[2];
        buf[2] = '.';
        buf[DIGITS + 2] = 'e';
        buf[DIGITS + 3] = '+';
        if (e < 0) {
            e = -e;
            buf[DIGITS + 3] = '-';
        }
        buf[DIGITS + 4] = (char) (e / 100 + '0');
        buf[DIGITS + 5] = (char) (e / 10 % 10 + '0');
        buf[DIGITS + 6] = (char) (e % 10 + '0');
        return new String(buf);
    }
}

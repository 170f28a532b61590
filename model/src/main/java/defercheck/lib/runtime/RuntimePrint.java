package defercheck.lib.runtime;

/**
 * How the builtins {@code print} and {@code println} write floating-point and complex values (the runtime's
 * printfloat and printcomplex in runtime/print.go): a sign, seven significant digits and a three-digit
 * exponent, as in {@code +1.500000e+000}. The runtime computes the digits with float64 arithmetic (scale by
 * ten until the value is in [1, 10), add half a unit of the seventh digit, peel digits off), so the result is
 * not correctly rounded in general; this class performs the same float64 operations in the same order, and
 * Java's double arithmetic is IEEE 754 binary64 like Go's, so every digit agrees. A float32 argument is
 * printed as its float64 value; a complex64 as its complex128 value.
 */
public final class RuntimePrint {

    private static final int DIGITS = 7;

    private RuntimePrint() {
    }

    /** The text printfloat writes for {@code v}: NaN, +Inf, -Inf or ±d.dddddde±ddd. */
    public static String printFloat(double v) {
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
            // Go's int(v) truncates toward zero, as Java's (int) cast does for these small values.
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

    /** The text printcomplex writes: {@code (} real part, imaginary part, {@code i)}. */
    public static String printComplex(double re, double im) {
        return "(" + printFloat(re) + printFloat(im) + "i)";
    }
}

package defercheck.check;

import defercheck.check.ConstValue.BoolVal;
import defercheck.check.ConstValue.ComplexVal;
import defercheck.check.ConstValue.IntVal;
import defercheck.check.ConstValue.RatVal;
import defercheck.check.ConstValue.StringVal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How gc prints a constant's value in messages (go/constant's String): {@code 1e+100}, {@code 0.333333}, {@code "abc"}. */
final class ConstFormat {

    /** go/constant quotes strings and shortens them past this many runes. */
    private static final int MAX_STRING = 72;

    private ConstFormat() {
    }

    static String format(ConstValue v) {
        if (v instanceof BoolVal b) {
            return Boolean.toString(b.value());
        } else if (v instanceof StringVal s) {
            return shorten(quote(s.value()));
        } else if (v instanceof IntVal i) {
            return i.value().toString();
        } else if (v instanceof RatVal r) {
            return rational(r.value());
        }
        ComplexVal c = (ComplexVal) v;
        return "(" + rational(c.re()) + " + " + rational(c.im()) + "i)";
    }

    /**
     * A float constant: %.6g of its float64 value when that is finite and keeps a non-integer looking like one;
     * beyond float64, six significant digits in the same style.
     */
    static String rational(BigRational r) {
        if (r.isInt() && r.num().bitLength() < 64) {
            return g6(new BigDecimal(r.num()));
        }
        double d = r.toDouble();
        if (!Double.isInfinite(d) && (d != 0) == (r.signum() != 0)) {
            String s = g6(new BigDecimal(d));
            if (!r.isInt() && s.indexOf('.') < 0 && s.indexOf('e') < 0) {
                s = shortest(d);
            }
            return s;
        }
        return g6(r.toBigDecimal(40));
    }

    /** Go's %.6g: six significant digits, exponent form when the exponent is below -4 or at least 6. */
    static String g6(BigDecimal x) {
        if (x.signum() == 0) {
            return "0";
        }
        BigDecimal r = x.round(new MathContext(6, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        String digits = r.unscaledValue().abs().toString().replaceAll("0+$", "");
        if (digits.isEmpty()) {
            digits = "0";
        }
        String sign = r.signum() < 0 ? "-" : "";
        if (exp < -4 || exp >= 6) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String e = Integer.toString(Math.abs(exp));
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
        }
        return sign + r.abs().stripTrailingZeros().toPlainString();
    }

    /** Go's %g: the shortest decimal that reads back as {@code d}. */
    static String shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                int exp = r.precision() - r.scale() - 1;
                if (exp < -4 || exp >= Math.max(p, 21)) {
                    return g6(r);
                }
                return r.stripTrailingZeros().toPlainString();
            }
        }
        return Double.toString(d);
    }

    /** strconv.Quote of a byte string: printable ASCII as is, common escapes, other bytes as \xNN or runes. */
    static String quote(String bytes) {
        return defercheck.source.ByteStrings.quote(bytes);
    }

    private static String shorten(String quoted) {
        if (quoted.codePointCount(0, quoted.length()) <= MAX_STRING) {
            return quoted;
        }
        int end = quoted.offsetByCodePoints(0, MAX_STRING - 3);
        return quoted.substring(0, end) + "...";
    }
}

package defercheck.check;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The exact values of number literals (Go spec "Floating-point literals", "Imaginary literals"). */
final class Literals {

    private Literals() {
    }

    /** A decimal or hexadecimal floating-point literal as an exact rational. */
    static BigRational floatValue(String text) {
        String s = text.replace("_", "");
        if (s.length() > 1 && s.charAt(0) == '0' && (s.charAt(1) | 0x20) == 'x') {
            return hexFloat(s.substring(2));
        }
        try {
            return BigRational.of(new BigDecimal(s.endsWith(".") ? s + "0" : s));
        } catch (NumberFormatException | ArithmeticException e) {
            return BigRational.ZERO;
        }
    }

    /** {@code mantissa [p exponent]}: hex digits with an optional point, times a power of two. */
    private static BigRational hexFloat(String s) {
        int p = Math.max(s.indexOf('p'), s.indexOf('P'));
        String mant = p < 0 ? s : s.substring(0, p);
        int exp = p < 0 ? 0 : Integer.parseInt(s.substring(p + 1).replace("+", ""));
        int dot = mant.indexOf('.');
        String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
        int fraction = dot < 0 ? 0 : mant.length() - dot - 1;
        BigInteger m = digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16);
        int shift = exp - 4 * fraction;
        return shift >= 0 ? BigRational.of(m.shiftLeft(shift))
                : new BigRational(m, BigInteger.ONE.shiftLeft(-shift));
    }

    /** The imaginary part of {@code 2i}, {@code 1.5e3i}, {@code 0x1p2i}; a leading 0 does not make it octal. */
    static BigRational imagValue(String text) {
        String s = text.substring(0, text.length() - 1).replace("_", "");
        boolean isInt = s.chars().allMatch(Character::isDigit);
        if (isInt) {
            return BigRational.of(new BigInteger(s.isEmpty() ? "0" : s));
        }
        if (s.length() > 1 && s.charAt(0) == '0' && "xXbBoO".indexOf(s.charAt(1)) >= 0 && s.indexOf('.') < 0
                && Math.max(s.indexOf('p'), s.indexOf('P')) < 0) {
            return BigRational.of(intOf(s));
        }
        return floatValue(s);
    }

    private static BigInteger intOf(String s) {
        char b = (char) (s.charAt(1) | 0x20);
        return new BigInteger(s.substring(2), b == 'x' ? 16 : b == 'b' ? 2 : 8);
    }
}

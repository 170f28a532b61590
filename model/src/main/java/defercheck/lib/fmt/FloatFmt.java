package defercheck.lib.fmt;

import defercheck.lib.strconv.FloatFormat;

/**
 * Floats under %v %e %E %f %F %g %G %x %X %b (fmt's fmtFloat): strconv's text, then the sign rules (+ and
 * space), # (keep a decimal point and trailing zeros), and zero padding placed after the sign. Inf and NaN
 * are never zero padded, and NaN shows a sign only with + or space.
 */
final class FloatFmt {

    private FloatFmt() {
    }

    static void fmtFloat(FmtState f, double v, int size, char verb, int defaultPrec) {
        int prec = f.precPresent ? f.prec : defaultPrec;
        StringBuilder num = FloatFormat.appendFloat(new StringBuilder("+"), v, verb, prec, size);
        if (num.charAt(1) == '-' || num.charAt(1) == '+') {
            num.deleteCharAt(0);
        }
        if (f.space && num.charAt(0) == '+' && !f.plus) {
            num.setCharAt(0, ' ');
        }
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            if (num.charAt(1) == 'N' && !f.space && !f.plus) {
                num.deleteCharAt(0);
            }
            f.padNoZero(num.toString());
            return;
        }
        if (f.sharp && verb != 'b') {
            keepPointAndZeros(num, verb, prec);
        }
        if (f.plus || num.charAt(0) != '+') {
            if (f.zero && !f.minus && f.widPresent && f.wid > num.length()) {
                // the sign goes before the zeros
                f.buf.append(num.charAt(0));
                f.writePadding(f.wid - num.length());
                f.buf.append(num, 1, num.length());
                return;
            }
            f.pad(num.toString());
            return;
        }
        f.pad(num.substring(1));
    }

    /**
     * The # flag: a decimal point always, and for %v %g %G %x the trailing zeros up to the precision (6 when
     * none was given) that strconv dropped. fmt counts only %x's digits this way, not %X's.
     */
    private static void keepPointAndZeros(StringBuilder num, char verb, int prec) {
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
            digits = prec == -1 ? 6 : prec;
        }
        String tail = "";
        boolean hasDecimalPoint = false;
        boolean sawNonzeroDigit = false;
        for (int i = 1; i < num.length(); i++) {
            char c = num.charAt(i);
            if (c == '.') {
                hasDecimalPoint = true;
            } else if (c == 'p' || c == 'P' || (c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
                tail = num.substring(i);
                num.setLength(i);
                break;
            } else {
                if (c != '0') {
                    sawNonzeroDigit = true;
                }
                if (sawNonzeroDigit) {
                    digits--;
                }
            }
        }
        if (!hasDecimalPoint) {
            if (num.length() == 2 && num.charAt(1) == '0') {
                // a leading digit 0 counts once
                digits--;
            }
            num.append('.');
        }
        for (; digits > 0; digits--) {
            num.append('0');
        }
        num.append(tail);
    }
}

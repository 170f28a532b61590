package defercheck.lib.fmt;

import defercheck.lib.strconv.Quoting;
import defercheck.lib.utf8.Utf8;

/**
 * Integers under %d %b %o %O %x %X %c %q %U (fmt's fmtInteger, fmtC, fmtQc, fmtUnicode). The precision or
 * the zero flag with a width asks for leading zeros; # adds 0b, 0 or 0x; + and space reserve the sign.
 */
final class IntegerFormat {

    static final String LDIGITS = "0123456789abcdefx";
    static final String UDIGITS = "0123456789ABCDEFX";

    private IntegerFormat() {
    }

    static void fmtInteger(FmtState f, long u, int base, boolean isSigned, int verb, String digits) {
        boolean negative = isSigned && u < 0;
        if (negative) {
            u = -u;
        }
        char[] buf = new char[Math.max(68, 3 + f.wid + f.prec)];
        int prec = 0;
        if (f.precPresent) {
            prec = f.prec;
            if (prec == 0 && u == 0) {
                // precision 0 and value 0 print nothing but the padding
                boolean oldZero = f.zero;
                f.zero = false;
                f.writePadding(f.wid);
                f.zero = oldZero;
                return;
            }
        } else if (f.zero && !f.minus && f.widPresent) {
            prec = f.wid;
            if (negative || f.plus || f.space) {
                prec--;
            }
        }
        int i = buf.length;
        do {
            i--;
            buf[i] = digits.charAt((int) Long.remainderUnsigned(u, base));
            u = Long.divideUnsigned(u, base);
        } while (u != 0);
        while (i > 0 && prec > buf.length - i) {
            buf[--i] = '0';
        }
        if (f.sharp) {
            if (base == 2) {
                buf[--i] = 'b';
                buf[--i] = '0';
            } else if (base == 8 && buf[i] != '0') {
                buf[--i] = '0';
            } else if (base == 16) {
                buf[--i] = digits.charAt(16);
                buf[--i] = '0';
            }
        }
        if (verb == 'O') {
            buf[--i] = 'o';
            buf[--i] = '0';
        }
        if (negative) {
            buf[--i] = '-';
        } else if (f.plus) {
            buf[--i] = '+';
        } else if (f.space) {
            buf[--i] = ' ';
        }
        f.padNoZero(new String(buf, i, buf.length - i));
    }

    /** %c: the rune's UTF-8 (U+FFFD if invalid). */
    static void fmtC(FmtState f, long c) {
        f.pad(Utf8.encodeRune(runeOf(c)));
    }

    /** %q: a quoted rune literal; with + only ASCII. */
    static void fmtQc(FmtState f, long c, Quoting quoting) {
        long r = runeOf(c);
        f.pad(f.plus ? quoting.quoteRuneToASCII(r) : quoting.quoteRune(r));
    }

    /** The rune fmt uses for an integer: a uint64 above MaxRune is invalid, other values as rune(c). */
    private static long runeOf(long c) {
        if (Long.compareUnsigned(c, Utf8.MAX_RUNE) > 0) {
            return Utf8.RUNE_ERROR;
        }
        return (int) c;
    }

    /** %U: U+0078, with # also the quoted character when printable. */
    static void fmtUnicode(FmtState f, long u, Quoting quoting) {
        int prec = 4;
        if (f.precPresent && f.prec > 4) {
            prec = f.prec;
        }
        StringBuilder hex = new StringBuilder(Long.toHexString(u).toUpperCase(java.util.Locale.ROOT));
        while (hex.length() < prec) {
            hex.insert(0, '0');
        }
        StringBuilder b = new StringBuilder("U+").append(hex);
        if (f.sharp && Long.compareUnsigned(u, Utf8.MAX_RUNE) <= 0 && quoting.isPrint(u)) {
            b.append(" '");
            Utf8.appendRune(b, u);
            b.append('\'');
        }
        f.padNoZero(b.toString());
    }
}

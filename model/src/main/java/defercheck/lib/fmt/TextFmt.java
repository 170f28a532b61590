package defercheck.lib.fmt;

import defercheck.lib.strconv.Quoting;
import defercheck.lib.utf8.Utf8;

/**
 * Strings and byte slices under %s %q %x %X and bools under %t (fmt's fmtS, fmtBs, fmtSbx, fmtQ and
 * fmtBoolean). A precision limits the runes (for %x, the bytes) used.
 */
final class TextFmt {

    private TextFmt() {
    }

    static void fmtBoolean(FmtState f, boolean v) {
        f.pad(v ? "true" : "false");
    }

    /** The first {@code prec} runes of {@code s} when a precision is present. */
    static String truncate(FmtState f, String s) {
        if (f.precPresent) {
            int n = f.prec;
            for (int i = 0; i < s.length(); ) {
                n--;
                if (n < 0) {
                    return s.substring(0, i);
                }
                i += Math.max(1, Utf8.decodeRune(s, i).width());
            }
        }
        return s;
    }

    /** %s of a string or byte slice. */
    static void fmtS(FmtState f, String s) {
        f.pad(truncate(f, s));
    }

    /**
     * %x / %X: two hex digits per byte; with space a space between bytes, with # a 0x before the whole (or,
     * with space too, before each byte).
     */
    static void fmtSbx(FmtState f, String s, String digits) {
        int length = s.length();
        if (f.precPresent && f.prec < length) {
            length = f.prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (f.space) {
                if (f.sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (f.sharp) {
                width += 2;
            }
        } else {
            if (f.widPresent) {
                f.writePadding(f.wid);
            }
            return;
        }
        if (f.widPresent && f.wid > width && !f.minus) {
            f.writePadding(f.wid - width);
        }
        StringBuilder buf = f.buf;
        if (f.sharp) {
            buf.append('0').append(digits.charAt(16));
        }
        for (int i = 0; i < length; i++) {
            if (f.space && i > 0) {
                buf.append(' ');
                if (f.sharp) {
                    buf.append('0').append(digits.charAt(16));
                }
            }
            int c = s.charAt(i);
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
        }
        if (f.widPresent && f.wid > width && f.minus) {
            f.writePadding(f.wid - width);
        }
    }

    /** %q: a double-quoted Go string (with + only ASCII), or with # a raw string when CanBackquote. */
    static void fmtQ(FmtState f, String s, Quoting quoting) {
        s = truncate(f, s);
        if (f.sharp && Quoting.canBackquote(s)) {
            f.pad("`" + s + "`");
            return;
        }
        f.pad(f.plus ? quoting.quoteToASCII(s) : quoting.quote(s));
    }
}

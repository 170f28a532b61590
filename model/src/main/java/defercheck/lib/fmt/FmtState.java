package defercheck.lib.fmt;

import defercheck.lib.utf8.Utf8;

/**
 * The flags, width and precision of the directive being printed, and the output (fmt's internal fmt type):
 * the padding rules every verb shares. Padding goes on the left, or on the right with the minus flag; it is
 * made of zeros only on the left with the zero flag. Widths count runes, not bytes.
 */
final class FmtState {

    final StringBuilder buf = new StringBuilder();

    boolean widPresent;
    boolean precPresent;
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    /** %+v: plus moved here so that it means "field names", not "sign". */
    boolean plusV;
    /** %#v: sharp moved here so that it means "Go syntax". */
    boolean sharpV;
    int wid;
    int prec;

    void clearFlags() {
        widPresent = false;
        precPresent = false;
        minus = false;
        plus = false;
        sharp = false;
        space = false;
        zero = false;
        plusV = false;
        sharpV = false;
        wid = 0;
        prec = 0;
    }

    /** The flags as one value, to save and restore around nested printing. */
    Saved save() {
        return new Saved(widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV, wid, prec);
    }

    void restore(Saved s) {
        widPresent = s.widPresent();
        precPresent = s.precPresent();
        minus = s.minus();
        plus = s.plus();
        sharp = s.sharp();
        space = s.space();
        zero = s.zero();
        plusV = s.plusV();
        sharpV = s.sharpV();
        wid = s.wid();
        prec = s.prec();
    }

    record Saved(boolean widPresent, boolean precPresent, boolean minus, boolean plus, boolean sharp, boolean space,
            boolean zero, boolean plusV, boolean sharpV, int wid, int prec) {
    }

    /** n bytes of padding: zeros when the zero flag pads on the left, else spaces. */
    void writePadding(int n) {
        char padByte = zero && !minus ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.append(padByte);
        }
    }

    /** Appends {@code b} (a byte string) padded to the width. */
    void pad(String b) {
        if (!widPresent || wid == 0) {
            buf.append(b);
            return;
        }
        int width = wid - Utf8.runeCount(b);
        if (!minus) {
            writePadding(width);
            buf.append(b);
        } else {
            buf.append(b);
            writePadding(width);
        }
    }

    /** pad with the zero flag off (numbers that did their own zero padding, Inf and NaN, U+ forms). */
    void padNoZero(String b) {
        boolean oldZero = zero;
        zero = false;
        pad(b);
        zero = oldZero;
    }
}

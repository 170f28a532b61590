package defercheck.lib.fmt;

import defercheck.lib.utf8.DecodedRune;
import defercheck.lib.utf8.Utf8;
import java.util.List;

/**
 * fmt's doPrintf, doPrint and doPrintln: walks the format, reads flags, width and precision (numbers, {@code *}
 * from an int argument, {@code [n]} argument indexes), prints each argument under its verb, and writes the
 * error forms: %!v(MISSING), %!(NOVERB), %!(BADWIDTH), %!(BADPREC), %!v(BADINDEX), %!(EXTRA type=value).
 */
final class Directives {

    private final Printer p;
    private final FmtState f;
    private boolean reordered;
    private boolean goodArgNum;
    private int argNum;
    private int i;

    Directives(Printer p) {
        this.p = p;
        this.f = p.f;
    }

    boolean reordered() {
        return reordered;
    }

    void doPrintf(String format, List<Operand> a) {
        int end = format.length();
        argNum = 0;
        boolean afterIndex = false;
        reordered = false;
        for (i = 0; i < end; ) {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format.charAt(i) != '%') {
                i++;
            }
            if (i > lasti) {
                f.buf.append(format, lasti, i);
            }
            if (i >= end) {
                break;
            }
            i++;
            f.clearFlags();
            if (simpleVerb(format, a)) {
                continue;
            }
            afterIndex = argNumber(format, a.size());
            if (i < end && format.charAt(i) == '*') {
                i++;
                starWidth(a);
                afterIndex = false;
            } else {
                int[] n = parseNum(format, i, end);
                f.wid = n[0];
                f.widPresent = n[1] != 0;
                i = n[2];
                if (afterIndex && f.widPresent) {
                    goodArgNum = false;
                }
            }
            if (i + 1 < end && format.charAt(i) == '.') {
                i++;
                if (afterIndex) {
                    goodArgNum = false;
                }
                afterIndex = argNumber(format, a.size());
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    starPrecision(a);
                    afterIndex = false;
                } else {
                    int[] n = parseNum(format, i, end);
                    f.prec = n[0];
                    f.precPresent = true;
                    i = n[2];
                }
            }
            if (!afterIndex) {
                afterIndex = argNumber(format, a.size());
            }
            if (i >= end) {
                f.buf.append("%!(NOVERB)");
                break;
            }
            int verb = format.charAt(i);
            int size = 1;
            if (verb >= Utf8.RUNE_SELF) {
                DecodedRune d = Utf8.decodeRune(format, i);
                verb = d.rune();
                size = d.width();
            }
            i += size;
            printVerb(verb, a);
        }
        if (!reordered && argNum < a.size()) {
            extra(a);
        }
    }

    /**
     * The fast path for flags followed by a lower-case ASCII verb with an argument left; true when it printed.
     * Leaves {@link #i} at the first byte that is not a flag otherwise.
     */
    private boolean simpleVerb(String format, List<Operand> a) {
        for (; i < format.length(); i++) {
            char c = format.charAt(i);
            switch (c) {
                case '#':
                    f.sharp = true;
                    break;
                case '0':
                    f.zero = p.version.minor() >= 23 || !f.minus;
                    break;
                case '+':
                    f.plus = true;
                    break;
                case '-':
                    f.minus = true;
                    if (p.version.minor() < 23) {
                        f.zero = false;
                    }
                    break;
                case ' ':
                    f.space = true;
                    break;
                default:
                    if (c >= 'a' && c <= 'z' && argNum < a.size()) {
                        if (c == 'w' && p.version.minor() >= 20) {
                            p.wrapped.add(argNum);
                        }
                        if (c == 'v' || c == 'w' && p.version.minor() >= 20) {
                            goSyntaxFlags();
                        }
                        p.currentArg = argNum;
                        p.printArg(a.get(argNum), c);
                        argNum++;
                        i++;
                        return true;
                    }
                    return false;
            }
        }
        return false;
    }

    /** %+v and %#v: plus and sharp become plusV and sharpV. */
    private void goSyntaxFlags() {
        f.sharpV = f.sharp;
        f.sharp = false;
        f.plusV = f.plus;
        f.plus = false;
    }

    private void printVerb(int verb, List<Operand> a) {
        if (verb == '%') {
            f.buf.append('%');
        } else if (!goodArgNum) {
            Utf8.appendRune(f.buf.append("%!"), verb).append("(BADINDEX)");
        } else if (argNum >= a.size()) {
            Utf8.appendRune(f.buf.append("%!"), verb).append("(MISSING)");
        } else {
            if (verb == 'w' && p.version.minor() >= 20) {
                p.wrapped.add(argNum);
            }
            if (verb == 'v' || verb == 'w' && p.version.minor() >= 20) {
                goSyntaxFlags();
            }
            p.currentArg = argNum;
            p.printArg(a.get(argNum), verb);
            argNum++;
        }
    }

    private void extra(List<Operand> a) {
        f.clearFlags();
        f.buf.append("%!(EXTRA ");
        for (int k = argNum; k < a.size(); k++) {
            if (k > argNum) {
                f.buf.append(", ");
            }
            Operand arg = a.get(k);
            if (arg instanceof Operand.Nil) {
                f.buf.append("<nil>");
            } else {
                f.buf.append(arg.type()).append('=');
                p.currentArg = k;
                p.printArg(arg, 'v');
            }
        }
        f.buf.append(')');
    }

    private void starWidth(List<Operand> a) {
        Integer n = intFromArg(a);
        f.wid = n == null ? 0 : n;
        f.widPresent = n != null;
        if (n == null) {
            f.buf.append("%!(BADWIDTH)");
        }
        if (f.wid < 0) {
            f.wid = -f.wid;
            f.minus = true;
            f.zero = false;
        }
    }

    private void starPrecision(List<Operand> a) {
        Integer n = intFromArg(a);
        f.prec = n == null ? 0 : n;
        f.precPresent = n != null;
        if (f.prec < 0) {
            f.prec = 0;
            f.precPresent = false;
        }
        if (!f.precPresent) {
            f.buf.append("%!(BADPREC)");
        }
    }

    /** The int value of the next argument for a {@code *}, or null if it is not an integer of at most 1e6. */
    private Integer intFromArg(List<Operand> a) {
        if (argNum >= a.size()) {
            return null;
        }
        Operand arg = a.get(argNum++);
        if (!(arg instanceof Operand.Int)) {
            return null;
        }
        Operand.Int n = (Operand.Int) arg;
        if (!n.signed() && n.bits() < 0) {
            return null;
        }
        long v = n.bits();
        return v > 1_000_000 || v < -1_000_000 ? null : (int) v;
    }

    /** An explicit argument index [n] at {@link #i}: moves argNum; returns whether one was found. */
    private boolean argNumber(String format, int numArgs) {
        if (i >= format.length() || format.charAt(i) != '[') {
            return false;
        }
        reordered = true;
        int[] r = parseArgNumber(format, i);
        int index = r[0];
        boolean ok = r[2] != 0;
        i += r[1];
        if (ok && index >= 0 && index < numArgs) {
            argNum = index;
            return true;
        }
        goodArgNum = false;
        return ok;
    }

    /** {index - 1, bytes to consume, ok} for the bracketed number at {@code start}. */
    private static int[] parseArgNumber(String format, int start) {
        if (format.length() - start < 3) {
            return new int[] {0, 1, 0};
        }
        for (int k = start + 1; k < format.length(); k++) {
            if (format.charAt(k) == ']') {
                int[] n = parseNum(format, start + 1, k);
                if (n[1] == 0 || n[2] != k) {
                    return new int[] {0, k - start + 1, 0};
                }
                return new int[] {n[0] - 1, k - start + 1, 1};
            }
        }
        return new int[] {0, 1, 0};
    }

    /** {number, 1 if present, next index} for the decimal digits at {@code start} (fmt's parsenum). */
    private static int[] parseNum(String s, int start, int end) {
        if (start >= end) {
            return new int[] {0, 0, end};
        }
        int num = 0;
        boolean isNum = false;
        int k = start;
        for (; k < end && s.charAt(k) >= '0' && s.charAt(k) <= '9'; k++) {
            if (num > 1_000_000 || num < -1_000_000) {
                return new int[] {0, 0, end};
            }
            num = num * 10 + s.charAt(k) - '0';
            isNum = true;
        }
        return new int[] {num, isNum ? 1 : 0, k};
    }

    void doPrint(List<Operand> a) {
        boolean prevString = false;
        for (int k = 0; k < a.size(); k++) {
            Operand arg = a.get(k);
            boolean isString = arg instanceof Operand.Str;
            if (k > 0 && !isString && !prevString) {
                f.buf.append(' ');
            }
            p.currentArg = k;
            p.printArg(arg, 'v');
            prevString = isString;
        }
    }

    void doPrintln(List<Operand> a) {
        for (int k = 0; k < a.size(); k++) {
            if (k > 0) {
                f.buf.append(' ');
            }
            p.currentArg = k;
            p.printArg(a.get(k), 'v');
        }
        f.buf.append('\n');
    }
}

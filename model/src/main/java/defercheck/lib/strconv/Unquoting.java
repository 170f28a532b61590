package defercheck.lib.strconv;

import defercheck.lib.utf8.DecodedRune;
import defercheck.lib.utf8.Utf8;
import java.util.Optional;

/**
 * strconv.Unquote, QuotedPrefix and UnquoteChar over byte strings. Every failure is strconv.ErrSyntax
 * ("invalid syntax"), so a failure is an empty Optional. These do not depend on the Go release.
 */
public final class Unquoting {

    private Unquoting() {
    }

    /** strconv.Unquote: a Go string, rune or raw string literal's value; empty if {@code s} is not exactly one. */
    public static Optional<String> unquote(String s) {
        Scanned r = scan(s, true);
        return r == null || !r.rest().isEmpty() ? Optional.empty() : Optional.of(r.out());
    }

    /** strconv.QuotedPrefix: the quoted literal at the start of {@code s}, quotes included. */
    public static Optional<String> quotedPrefix(String s) {
        Scanned r = scan(s, false);
        return r == null ? Optional.empty() : Optional.of(r.out());
    }

    /**
     * strconv.UnquoteChar: decodes the first character or escape of {@code s}, a literal's body quoted by
     * {@code quote} (an unescaped {@code quote} is an error when it is ' or ").
     */
    public static Optional<UnquotedChar> unquoteChar(String s, char quote) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        char c = s.charAt(0);
        if (c == quote && (quote == '\'' || quote == '"')) {
            return Optional.empty();
        }
        if (c >= Utf8.RUNE_SELF) {
            DecodedRune d = Utf8.decodeRune(s, 0);
            return Optional.of(new UnquotedChar(d.rune(), true, s.substring(d.width())));
        }
        if (c != '\\') {
            return Optional.of(new UnquotedChar(c, false, s.substring(1)));
        }
        if (s.length() <= 1) {
            return Optional.empty();
        }
        return escape(s.charAt(1), s.substring(2), quote);
    }

    private static Optional<UnquotedChar> escape(char c, String s, char quote) {
        switch (c) {
            case 'a':
                return simple(0x07, s);
            case 'b':
                return simple('\b', s);
            case 'f':
                return simple('\f', s);
            case 'n':
                return simple('\n', s);
            case 'r':
                return simple('\r', s);
            case 't':
                return simple('\t', s);
            case 'v':
                return simple(0x0B, s);
            case 'x':
            case 'u':
            case 'U':
                return hexEscape(c, s);
            case '\\':
                return simple('\\', s);
            case '\'':
            case '"':
                return c == quote ? simple(c, s) : Optional.empty();
            default:
                return c >= '0' && c <= '7' ? octalEscape(c, s) : Optional.empty();
        }
    }

    private static Optional<UnquotedChar> simple(int value, String tail) {
        return Optional.of(new UnquotedChar(value, false, tail));
    }

    private static Optional<UnquotedChar> hexEscape(char kind, String s) {
        int n = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
        if (s.length() < n) {
            return Optional.empty();
        }
        long v = 0;
        for (int j = 0; j < n; j++) {
            int x = unhex(s.charAt(j));
            if (x < 0) {
                return Optional.empty();
            }
            v = v << 4 | x;
        }
        if (kind == 'x') {
            return simple((int) v, s.substring(n));
        }
        if (!Utf8.validRune(v)) {
            return Optional.empty();
        }
        return Optional.of(new UnquotedChar((int) v, true, s.substring(n)));
    }

    private static int unhex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static Optional<UnquotedChar> octalEscape(char first, String s) {
        int v = first - '0';
        if (s.length() < 2) {
            return Optional.empty();
        }
        for (int j = 0; j < 2; j++) {
            int x = s.charAt(j) - '0';
            if (x < 0 || x > 7) {
                return Optional.empty();
            }
            v = v << 3 | x;
        }
        return v > 255 ? Optional.empty() : simple(v, s.substring(2));
    }

    /** A scanned literal: its value (or its text, when not unescaping) and the input after it. */
    private record Scanned(String out, String rest) {
    }

    /** strconv's unquote: null for a syntax error. */
    private static Scanned scan(String in, boolean unescape) {
        if (in.length() < 2) {
            return null;
        }
        char quote = in.charAt(0);
        int end = in.indexOf(quote, 1);
        if (end < 0) {
            return null;
        }
        end++;
        switch (quote) {
            case '`':
                String body = in.substring(1, end - 1);
                String out = !unescape ? in.substring(0, end) : body.replace("\r", "");
                return new Scanned(out, in.substring(end));
            case '"':
            case '\'':
                Scanned fast = unescaped(in, end, quote, unescape);
                return fast != null ? fast : escaped(in, quote, unescape);
            default:
                return null;
        }
    }

    /** The common case of a literal without backslash or newline, valid as it stands; else null. */
    private static Scanned unescaped(String in, int end, char quote, boolean unescape) {
        String lit = in.substring(0, end);
        if (lit.indexOf('\\') >= 0 || lit.indexOf('\n') >= 0) {
            return null;
        }
        String body = in.substring(1, end - 1);
        boolean valid;
        if (quote == '"') {
            valid = Utf8.validString(body);
        } else {
            DecodedRune d = Utf8.decodeRune(body, 0);
            valid = 1 + d.width() + 1 == end && !d.invalid();
        }
        if (!valid) {
            return null;
        }
        return new Scanned(unescape ? body : lit, in.substring(end));
    }

    private static Scanned escaped(String in0, char quote, boolean unescape) {
        StringBuilder buf = new StringBuilder();
        String in = in0.substring(1);
        while (!in.isEmpty() && in.charAt(0) != quote) {
            Optional<UnquotedChar> c = unquoteChar(in, quote);
            if (in.charAt(0) == '\n' || c.isEmpty()) {
                return null;
            }
            UnquotedChar u = c.get();
            in = u.tail();
            if (u.value() < Utf8.RUNE_SELF || !u.multibyte()) {
                buf.append((char) (u.value() & 0xFF));
            } else {
                Utf8.appendRune(buf, u.value());
            }
            if (quote == '\'') {
                break;
            }
        }
        if (in.isEmpty() || in.charAt(0) != quote) {
            return null;
        }
        in = in.substring(1);
        String text = in0.substring(0, in0.length() - in.length());
        return new Scanned(unescape ? buf.toString() : text, in);
    }
}

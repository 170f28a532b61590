package defercheck.lib.strings;

import defercheck.lib.unicode.GoUnicode;
import defercheck.lib.utf8.DecodedRune;
import defercheck.lib.utf8.Utf8;
import defercheck.source.GoVersion;
import java.util.function.LongUnaryOperator;

/**
 * strings.ToUpper, ToLower, ToTitle, Map, EqualFold and ToValidUTF8 with the Unicode tables of one Go
 * release. A string of ASCII bytes only is mapped bytewise; any other goes through Map, which re-encodes
 * every rune, so each invalid byte becomes the three bytes of U+FFFD (ToUpper("a\xff") is "A\uFFFD", while
 * ToUpper("\xff") in Go is also "\uFFFD": Map replaces invalid bytes even where the mapping changes nothing).
 */
public final class StringCase {

    private final GoUnicode unicode;

    private StringCase(GoUnicode unicode) {
        this.unicode = unicode;
    }

    public static StringCase of(GoVersion go) {
        return new StringCase(GoUnicode.of(go));
    }

    public String toUpper(String s) {
        if (isAscii(s)) {
            return asciiMap(s, 'a', 'z', 'A' - 'a');
        }
        return map(s, unicode::toUpper);
    }

    public String toLower(String s) {
        if (isAscii(s)) {
            return asciiMap(s, 'A', 'Z', 'a' - 'A');
        }
        return map(s, unicode::toLower);
    }

    /** strings.ToTitle: always through Map (no ASCII shortcut; the result is the same). */
    public String toTitle(String s) {
        return map(s, unicode::toTitle);
    }

    /**
     * strings.Map with a Java mapping. Go calls mapping exactly once per rune of s in range order (an invalid
     * byte being U+FFFD); a caller with a Go function collects those results and uses {@link #mapResults}.
     */
    public static String map(String s, LongUnaryOperator mapping) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            DecodedRune d = Utf8.decodeRune(s, i);
            appendMapped(b, mapping.applyAsLong(d.rune()));
            i += d.width();
        }
        return b.toString();
    }

    /**
     * strings.Map given the mapping's result for each rune of s: a negative result drops the rune, any other
     * is encoded (an invalid rune as U+FFFD). A valid rune mapped to itself keeps its bytes, which are its
     * encoding; an invalid byte is never kept.
     */
    public static String mapResults(String s, long[] mapped) {
        StringBuilder b = new StringBuilder(s.length());
        int k = 0;
        for (int i = 0; i < s.length(); k++) {
            appendMapped(b, mapped[k]);
            i += Utf8.decodeRune(s, i).width();
        }
        if (k != mapped.length) {
            throw new IllegalArgumentException(mapped.length + " results for " + k + " runes");
        }
        return b.toString();
    }

    private static void appendMapped(StringBuilder b, long r) {
        if (r >= 0) {
            Utf8.appendRune(b, r);
        }
    }

    /**
     * strings.EqualFold: equal rune by rune under simple case folding (SimpleFold orbits). Invalid bytes are
     * U+FFFD, so "\xff" and "\xfe" are equal under folding.
     */
    public boolean equalFold(String s, String t) {
        int i = 0;
        int j = 0;
        while (i < s.length() && j < t.length()) {
            DecodedRune ds = Utf8.decodeRune(s, i);
            DecodedRune dt = Utf8.decodeRune(t, j);
            i += ds.width();
            j += dt.width();
            if (!foldEqual(ds.rune(), dt.rune())) {
                return false;
            }
        }
        return i == s.length() && j == t.length();
    }

    private boolean foldEqual(long a, long b) {
        if (a == b) {
            return true;
        }
        long sr = Math.min(a, b);
        long tr = Math.max(a, b);
        if (tr < Utf8.RUNE_SELF) {
            return 'A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A';
        }
        long r = unicode.simpleFold(sr);
        while (r != sr && r < tr) {
            r = unicode.simpleFold(r);
        }
        return r == tr;
    }

    /** strings.ToValidUTF8: each run of invalid bytes becomes one {@code replacement}. */
    public static String toValidUtf8(String s, String replacement) {
        StringBuilder b = new StringBuilder(s.length());
        boolean invalid = false;
        for (int i = 0; i < s.length(); ) {
            DecodedRune d = Utf8.decodeRune(s, i);
            if (d.invalid()) {
                if (!invalid) {
                    b.append(replacement);
                }
                invalid = true;
            } else {
                b.append(s, i, i + d.width());
                invalid = false;
            }
            i += d.width();
        }
        return b.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= Utf8.RUNE_SELF) {
                return false;
            }
        }
        return true;
    }

    private static String asciiMap(String s, char lo, char hi, int delta) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= lo && c <= hi ? (char) (c + delta) : c);
        }
        return b.toString();
    }
}

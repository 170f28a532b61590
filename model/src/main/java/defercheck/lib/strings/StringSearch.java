package defercheck.lib.strings;

import defercheck.lib.utf8.DecodedRune;
import defercheck.lib.utf8.Utf8;
import java.util.function.IntPredicate;

/**
 * Searching and comparing in Go's strings package, over byte strings: Index, LastIndex, IndexByte,
 * IndexRune, IndexAny, LastIndexAny, Contains*, Count, HasPrefix/Suffix, Compare, Cut. Where Go decodes
 * runes, an invalid byte is U+FFFD (RuneError) of width 1, so IndexRune(s, utf8.RuneError) finds the first
 * invalid byte or encoded U+FFFD, and IndexAny matches an invalid byte of s when chars holds one or U+FFFD.
 * The same on every checked release (go1.19-1.23); the byte slice versions in package bytes agree.
 */
public final class StringSearch {

    private StringSearch() {
    }

    /** strings.Index: the first byte offset of {@code substr}, 0 for the empty one, -1 when absent. */
    public static int index(String s, String substr) {
        return s.indexOf(substr);
    }

    /** strings.LastIndex: len(s) for the empty substr. */
    public static int lastIndex(String s, String substr) {
        return s.lastIndexOf(substr);
    }

    public static int indexByte(String s, int c) {
        return s.indexOf((char) (c & 0xFF));
    }

    public static int lastIndexByte(String s, int c) {
        return s.lastIndexOf((char) (c & 0xFF));
    }

    /** strings.IndexRune: ASCII by byte; RuneError by decoding; an invalid rune is never found. */
    public static int indexRune(String s, long r) {
        if (r >= 0 && r < Utf8.RUNE_SELF) {
            return indexByte(s, (int) r);
        }
        if (r == Utf8.RUNE_ERROR) {
            for (int i = 0; i < s.length(); ) {
                DecodedRune d = Utf8.decodeRune(s, i);
                if (d.rune() == Utf8.RUNE_ERROR) {
                    return i;
                }
                i += d.width();
            }
            return -1;
        }
        if (!Utf8.validRune(r)) {
            return -1;
        }
        return index(s, Utf8.encodeRune(r));
    }

    /** strings.IndexAny: the offset of the first rune of s that is in chars. */
    public static int indexAny(String s, String chars) {
        if (chars.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < s.length(); ) {
            DecodedRune d = Utf8.decodeRune(s, i);
            if (indexRune(chars, d.rune()) >= 0) {
                return i;
            }
            i += d.width();
        }
        return -1;
    }

    /** strings.LastIndexAny: runes decoded from the end. */
    public static int lastIndexAny(String s, String chars) {
        if (chars.isEmpty()) {
            return -1;
        }
        for (int i = s.length(); i > 0; ) {
            DecodedRune d = Utf8.decodeLastRune(s.substring(0, i));
            i -= d.width();
            if (indexRune(chars, d.rune()) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * strings.IndexFunc: the offset of the first rune for which f is true. Go calls f on the runes in order
     * and stops at the first true; a caller with a Go function makes those calls itself.
     */
    public static int indexFunc(String s, IntPredicate f) {
        for (int i = 0; i < s.length(); ) {
            DecodedRune d = Utf8.decodeRune(s, i);
            if (f.test(d.rune())) {
                return i;
            }
            i += d.width();
        }
        return -1;
    }

    /** strings.LastIndexFunc: runes decoded from the end, f called until it is true. */
    public static int lastIndexFunc(String s, IntPredicate f) {
        for (int i = s.length(); i > 0; ) {
            DecodedRune d = Utf8.decodeLastRune(s.substring(0, i));
            i -= d.width();
            if (f.test(d.rune())) {
                return i;
            }
        }
        return -1;
    }

    public static boolean contains(String s, String substr) {
        return index(s, substr) >= 0;
    }

    public static boolean containsRune(String s, long r) {
        return indexRune(s, r) >= 0;
    }

    public static boolean containsAny(String s, String chars) {
        return indexAny(s, chars) >= 0;
    }

    /** strings.Count: non-overlapping occurrences; for the empty substr, the rune count plus one. */
    public static int count(String s, String substr) {
        if (substr.isEmpty()) {
            return Utf8.runeCount(s) + 1;
        }
        int n = 0;
        for (int i = s.indexOf(substr); i >= 0; i = s.indexOf(substr, i + substr.length())) {
            n++;
        }
        return n;
    }

    public static boolean hasPrefix(String s, String prefix) {
        return s.startsWith(prefix);
    }

    public static boolean hasSuffix(String s, String suffix) {
        return s.endsWith(suffix);
    }

    /** strings.Compare (and bytes.Compare): -1, 0 or +1 by unsigned byte order. */
    public static int compare(String a, String b) {
        return Integer.signum(a.compareTo(b));
    }

    /** strings.Cut: the text around the first {@code sep}, or (s, "", false). */
    public static Cut cut(String s, String sep) {
        int i = index(s, sep);
        return i >= 0 ? new Cut(s.substring(0, i), s.substring(i + sep.length()), true) : new Cut(s, "", false);
    }

    /** strings.CutPrefix (go1.20+): (s without prefix, true), or (s, false). */
    public static Cut cutPrefix(String s, String prefix) {
        return s.startsWith(prefix) ? new Cut("", s.substring(prefix.length()), true) : new Cut("", s, false);
    }

    /** strings.CutSuffix (go1.20+): (s without suffix, true), or (s, false). */
    public static Cut cutSuffix(String s, String suffix) {
        return s.endsWith(suffix) ? new Cut(s.substring(0, s.length() - suffix.length()), "", true)
                : new Cut(s, "", false);
    }

    /** strings.TrimPrefix. */
    public static String trimPrefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    /** strings.TrimSuffix. */
    public static String trimSuffix(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }
}

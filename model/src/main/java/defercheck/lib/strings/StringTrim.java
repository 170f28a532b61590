package defercheck.lib.strings;

import defercheck.lib.utf8.DecodedRune;
import defercheck.lib.utf8.Utf8;
import java.util.function.IntPredicate;

/**
 * strings.Trim, TrimLeft, TrimRight (a cutset of runes; an invalid byte of s is U+FFFD, cut when the cutset
 * holds an invalid byte or U+FFFD) and TrimFunc, TrimLeftFunc, TrimRightFunc, TrimSpace. TrimRightFunc
 * finds the last kept rune by decoding backwards, then keeps as many bytes as decoding forwards from it
 * takes, as Go does.
 */
public final class StringTrim {

    private StringTrim() {
    }

    public static String trim(String s, String cutset) {
        return trimLeft(trimRight(s, cutset), cutset);
    }

    public static String trimLeft(String s, String cutset) {
        if (s.isEmpty() || cutset.isEmpty()) {
            return s;
        }
        int i = 0;
        while (i < s.length()) {
            DecodedRune d = Utf8.decodeRune(s, i);
            if (!StringSearch.containsRune(cutset, d.rune())) {
                break;
            }
            i += d.width();
        }
        return s.substring(i);
    }

    public static String trimRight(String s, String cutset) {
        if (s.isEmpty() || cutset.isEmpty()) {
            return s;
        }
        int end = s.length();
        while (end > 0) {
            DecodedRune d = Utf8.decodeLastRune(s.substring(0, end));
            if (!StringSearch.containsRune(cutset, d.rune())) {
                break;
            }
            end -= d.width();
        }
        return s.substring(0, end);
    }

    /** strings.TrimSpace, f being unicode.IsSpace. */
    public static String trimSpace(String s, IntPredicate isSpace) {
        return trimFunc(s, isSpace);
    }

    public static String trimFunc(String s, IntPredicate f) {
        return trimRightFunc(trimLeftFunc(s, f), f);
    }

    /** strings.TrimLeftFunc: f is called on each rune from the start until it is false. */
    public static String trimLeftFunc(String s, IntPredicate f) {
        for (int i = 0; i < s.length(); ) {
            DecodedRune d = Utf8.decodeRune(s, i);
            if (!f.test(d.rune())) {
                return s.substring(i);
            }
            i += d.width();
        }
        return "";
    }

    /** strings.TrimRightFunc: f is called on each rune from the end until it is false. */
    public static String trimRightFunc(String s, IntPredicate f) {
        int i = s.length();
        while (i > 0) {
            DecodedRune d = Utf8.decodeLastRune(s.substring(0, i));
            i -= d.width();
            if (!f.test(d.rune())) {
                int keep = s.charAt(i) >= Utf8.RUNE_SELF ? Utf8.decodeRune(s, i).width() : 1;
                return s.substring(0, i + keep);
            }
        }
        return "";
    }
}

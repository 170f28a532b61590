package defercheck.lib.strings;

import defercheck.lib.utf8.DecodedRune;
import defercheck.lib.utf8.Utf8;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * strings.Split, SplitN, SplitAfter, SplitAfterN, Fields, FieldsFunc and Join. Splitting at the empty
 * separator cuts after each UTF-8 sequence, an invalid byte being a sequence of its own; go1.19 turned such a
 * byte into "\uFFFD" in every piece but the last, go1.21 on keep it (go1.20 is not checked and refused).
 */
public final class StringSplit {

    private StringSplit() {
    }

    /** strings.SplitN (n &lt; 0: all pieces; n == 0: nil). */
    public static Pieces splitN(GoVersion go, String s, String sep, int n) {
        return genSplit(go, s, sep, 0, n);
    }

    public static Pieces split(GoVersion go, String s, String sep) {
        return genSplit(go, s, sep, 0, -1);
    }

    /** strings.SplitAfterN: each piece keeps its separator. */
    public static Pieces splitAfterN(GoVersion go, String s, String sep, int n) {
        return genSplit(go, s, sep, sep.length(), n);
    }

    public static Pieces splitAfter(GoVersion go, String s, String sep) {
        return genSplit(go, s, sep, sep.length(), -1);
    }

    private static Pieces genSplit(GoVersion go, String s, String sep, int sepSave, int n) {
        if (n == 0) {
            return Pieces.NIL;
        }
        if (sep.isEmpty()) {
            return explode(go, s, n);
        }
        int cap = n < 0 ? StringSearch.count(s, sep) + 1 : n;
        cap = Math.min(cap, s.length() + 1);
        List<String> out = new ArrayList<>();
        String rest = s;
        while (out.size() < cap - 1) {
            int m = rest.indexOf(sep);
            if (m < 0) {
                break;
            }
            out.add(rest.substring(0, m + sepSave));
            rest = rest.substring(m + sep.length());
        }
        out.add(rest);
        return new Pieces(out, cap, false);
    }

    private static Pieces explode(GoVersion go, String s, int n) {
        int l = Utf8.runeCount(s);
        int count = n < 0 || n > l ? l : n;
        List<String> out = new ArrayList<>();
        int pos = 0;
        for (int i = 0; i < count - 1; i++) {
            DecodedRune d = Utf8.decodeRune(s, pos);
            String piece = s.substring(pos, pos + d.width());
            if (d.invalid()) {
                piece = invalidPiece(go, piece);
            }
            out.add(piece);
            pos += d.width();
        }
        if (count > 0) {
            out.add(s.substring(pos));
        }
        return Pieces.of(out);
    }

    private static String invalidPiece(GoVersion go, String piece) {
        if (go.minor() <= 19) {
            return Utf8.encodeRune(Utf8.RUNE_ERROR);
        }
        if (go.minor() == 20) {
            throw new UnsupportedOperationException("strings.Split at \"\" of invalid UTF-8 on go1.20 (not checked)");
        }
        return piece;
    }

    /** strings.Fields: the runs of non-space runes (unicode.IsSpace). */
    public static Pieces fields(String s, IntPredicate isSpace) {
        return fieldsFunc(s, isSpace);
    }

    /**
     * strings.FieldsFunc with f given as a Java predicate. Go calls f exactly once per rune of s, in order
     * (an invalid byte is U+FFFD), so a caller with a Go function computes those answers first and passes
     * them to {@link #fieldsFromAnswers}.
     */
    public static Pieces fieldsFunc(String s, IntPredicate f) {
        List<Boolean> answers = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            DecodedRune d = Utf8.decodeRune(s, i);
            answers.add(f.test(d.rune()));
            i += d.width();
        }
        boolean[] a = new boolean[answers.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = answers.get(i);
        }
        return fieldsFromAnswers(s, a);
    }

    /** FieldsFunc given f's answer for each rune of s (in range order): the maximal runs where f was false. */
    public static Pieces fieldsFromAnswers(String s, boolean[] separatorAt) {
        List<String> out = new ArrayList<>();
        int start = -1;
        int k = 0;
        int i = 0;
        for (; i < s.length(); k++) {
            if (separatorAt[k]) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Utf8.decodeRune(s, i).width();
        }
        if (k != separatorAt.length) {
            throw new IllegalArgumentException(separatorAt.length + " answers for " + k + " runes");
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return Pieces.of(out);
    }

    /** strings.Join. */
    public static String join(List<String> elems, String sep) {
        return String.join(sep, elems);
    }
}

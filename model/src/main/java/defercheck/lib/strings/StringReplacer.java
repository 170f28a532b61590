package defercheck.lib.strings;

import java.util.List;

/**
 * strings.NewReplacer and Replacer.Replace. Go picks one of four implementations by the shape of the pairs,
 * all with the semantics implemented here: scanning s from the left, at each byte position the first pair in
 * argument order whose old string starts there is replaced and the scan goes on after it; an empty old string
 * matches at every byte position (also at the end), but not twice in a row at the same position, so
 * NewReplacer("", "X").Replace("ab") is "XaXbX" (between bytes, not runes). Checked on go1.19 to go1.23.
 */
public record StringReplacer(List<String> oldnew) {

    public static final String ODD_COUNT_PANIC = "strings.NewReplacer: odd argument count";

    /** NewReplacer for an even number of strings (an odd one panics with {@link #ODD_COUNT_PANIC}). */
    public StringReplacer {
        if (oldnew.size() % 2 != 0) {
            throw new IllegalArgumentException("odd argument count panics in Go: the caller raises ODD_COUNT_PANIC");
        }
        oldnew = List.copyOf(oldnew);
    }

    /** Replacer.Replace. */
    public String replace(String s) {
        StringBuilder b = new StringBuilder();
        int last = 0;
        boolean previousMatchEmpty = false;
        for (int i = 0; i <= s.length(); ) {
            int k = firstMatch(s, i, previousMatchEmpty);
            previousMatchEmpty = k >= 0 && oldnew.get(k).isEmpty();
            if (k < 0) {
                i++;
                continue;
            }
            b.append(s, last, i).append(oldnew.get(k + 1));
            i += oldnew.get(k).length();
            last = i;
        }
        if (last < s.length()) {
            b.append(s, last, s.length());
        }
        return b.toString();
    }

    /** The index of the first pair whose old string starts at i (an empty one not right after an empty match). */
    private int firstMatch(String s, int i, boolean skipEmpty) {
        for (int k = 0; k < oldnew.size(); k += 2) {
            String old = oldnew.get(k);
            if (old.isEmpty() ? !skipEmpty : s.startsWith(old, i)) {
                return k;
            }
        }
        return -1;
    }
}

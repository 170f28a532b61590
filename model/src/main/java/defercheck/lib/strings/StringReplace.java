package defercheck.lib.strings;

import defercheck.lib.utf8.Utf8;
import defercheck.source.GoVersion;
import java.util.Optional;

/**
 * strings.Replace, ReplaceAll and Repeat. Repeat's panics are preconditions the caller checks with
 * {@link #repeatPanic} first (it raises the Go panic with that text); its result is refused above
 * {@link #MAX_REPEAT_BYTES}, where real Go would need gigabytes.
 */
public final class StringReplace {

    /** The largest Repeat result the model builds. */
    public static final long MAX_REPEAT_BYTES = 1L << 28;

    public static final String NEGATIVE_REPEAT_PANIC = "strings: negative Repeat count";
    /** go1.19's text for a count whose product with len(s) overflows int. */
    public static final String REPEAT_OVERFLOW_PANIC_GO119 = "strings: Repeat count causes overflow";
    /** The text from go1.21 (checked: 1.21 to 1.23), for a result longer than the largest int. */
    public static final String REPEAT_OVERFLOW_PANIC = "strings: Repeat output length overflow";

    private StringReplace() {
    }

    /**
     * The value Repeat(s, count) panics with (a string) for a string of {@code len} bytes, if any. Both
     * checks happen after count == 0 returns "". go1.19 tests whether len*count overflows int64; go1.21 on
     * whether len &gt; maxInt/count, which is the same condition for positive operands.
     */
    public static Optional<String> repeatPanic(GoVersion go, long len, long count) {
        if (count == 0) {
            return Optional.empty();
        }
        if (count < 0) {
            return Optional.of(NEGATIVE_REPEAT_PANIC);
        }
        if (len > Long.MAX_VALUE / count) {
            if (go.minor() == 20) {
                throw new UnsupportedOperationException("strings.Repeat overflow text on go1.20 (not checked)");
            }
            return Optional.of(go.minor() <= 19 ? REPEAT_OVERFLOW_PANIC_GO119 : REPEAT_OVERFLOW_PANIC);
        }
        return Optional.empty();
    }

    /** strings.Repeat for a count that {@link #repeatPanic} accepted. */
    public static String repeat(String s, long count) {
        if (count < 0 || (count > 0 && s.length() > Long.MAX_VALUE / count)) {
            throw new IllegalArgumentException("Repeat count " + count + " panics in Go: check repeatPanic first");
        }
        if (s.isEmpty() || count == 0) {
            return "";
        }
        if ((long) s.length() * count > MAX_REPEAT_BYTES) {
            throw new UnsupportedOperationException("strings.Repeat result of " + (long) s.length() * count + " bytes");
        }
        return s.repeat((int) count);
    }

    /**
     * strings.Replace: the first n (all when n &lt; 0) non-overlapping occurrences of old, from the left. An
     * empty old matches at the start and after each rune (an invalid byte counting as one).
     */
    public static String replace(String s, String old, String replacement, int n) {
        if (old.equals(replacement) || n == 0) {
            return s;
        }
        int m = StringSearch.count(s, old);
        if (m == 0) {
            return s;
        }
        int todo = n < 0 || m < n ? m : n;
        StringBuilder b = new StringBuilder();
        int start = 0;
        for (int i = 0; i < todo; i++) {
            int j = start;
            if (old.isEmpty()) {
                if (i > 0) {
                    j += Utf8.decodeRune(s, start).width();
                }
            } else {
                j = s.indexOf(old, start);
            }
            b.append(s, start, j).append(replacement);
            start = j + old.length();
        }
        return b.append(s, start, s.length()).toString();
    }

    public static String replaceAll(String s, String old, String replacement) {
        return replace(s, old, replacement, -1);
    }
}

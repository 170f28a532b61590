package defercheck.lib.utf8;

import java.util.ArrayList;
import java.util.List;

/**
 * The string conversions of the Go spec ("Conversions to and from a string type") and {@code for range} over a
 * string, over byte strings. Each decoding step is {@link Utf8#decodeRune(String, int)}, so an invalid byte
 * becomes U+FFFD and advances one byte, as the runtime's decoderune does.
 */
public final class RuneConversions {

    private RuneConversions() {
    }

    /** {@code []rune(s)}. */
    public static int[] toRunes(String s) {
        int[] out = new int[Utf8.runeCount(s)];
        int n = 0;
        for (int i = 0; i < s.length(); n++) {
            DecodedRune d = Utf8.decodeRune(s, i);
            out[n] = d.rune();
            i += d.width();
        }
        return out;
    }

    /** {@code string(runes)}: each element encoded, an invalid one (negative, surrogate, too large) as U+FFFD. */
    public static String fromRunes(int[] runes) {
        StringBuilder b = new StringBuilder(runes.length);
        for (int r : runes) {
            Utf8.appendRune(b, r);
        }
        return b.toString();
    }

    /**
     * {@code string(x)} for a value {@code x} of any integer type, given as its mathematical value: the
     * encoding of the code point, or U+FFFD when it is not a valid rune (the runtime's intstring takes an
     * int64; a uint64 above MaxInt64 is invalid too, so the caller passes any out-of-range value, e.g. -1).
     */
    public static String fromInteger(long x) {
        return Utf8.encodeRune(x);
    }

    /**
     * The iterations of {@code for i, r := range s}: byte index and rune of each step, in order.
     */
    public static List<RangeStep> range(String s) {
        List<RangeStep> out = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            RangeStep step = rangeStep(s, i);
            out.add(step);
            i = step.next();
        }
        return out;
    }

    /** One iteration of {@code for range} over {@code s} at byte index {@code i} (which must be below len(s)). */
    public static RangeStep rangeStep(String s, int i) {
        if (i < 0 || i >= s.length()) {
            throw new IndexOutOfBoundsException("range step at " + i + " of a string of length " + s.length());
        }
        DecodedRune d = Utf8.decodeRune(s, i);
        return new RangeStep(i, d.rune(), i + d.width());
    }
}

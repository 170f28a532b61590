package defercheck.lib.utf8;

/**
 * Go's package unicode/utf8 over byte strings (see {@link defercheck.lib.ByteStrings}). Decoding follows the
 * rules Go applies everywhere (conversions, {@code for range}, fmt): a byte that does not start a valid,
 * complete, shortest-form sequence decodes to {@link #RUNE_ERROR} with width 1; surrogate halves and code
 * points above {@link #MAX_RUNE} are invalid.
 */
public final class Utf8 {

    public static final int RUNE_ERROR = 0xFFFD;
    public static final int RUNE_SELF = 0x80;
    public static final int MAX_RUNE = 0x10FFFF;
    public static final int UTF_MAX = 4;

    private static final int SURROGATE_MIN = 0xD800;
    private static final int SURROGATE_MAX = 0xDFFF;

    private Utf8() {
    }

    /** The rune at {@code pos} of {@code s} and its width in bytes; (RuneError, 0) at the end of {@code s}. */
    public static DecodedRune decodeRune(String s, int pos) {
        int n = s.length() - pos;
        if (n <= 0) {
            return new DecodedRune(RUNE_ERROR, 0);
        }
        int b0 = s.charAt(pos);
        if (b0 < RUNE_SELF) {
            return new DecodedRune(b0, 1);
        }
        int width = sequenceLength(b0);
        if (width == 0 || n < width) {
            return DecodedRune.INVALID;
        }
        int b1 = s.charAt(pos + 1);
        if (b1 < secondLow(b0) || b1 > secondHigh(b0)) {
            return DecodedRune.INVALID;
        }
        if (width == 2) {
            return new DecodedRune((b0 & 0x1F) << 6 | (b1 & 0x3F), 2);
        }
        int b2 = s.charAt(pos + 2);
        if (!continuation(b2)) {
            return DecodedRune.INVALID;
        }
        if (width == 3) {
            return new DecodedRune((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F), 3);
        }
        int b3 = s.charAt(pos + 3);
        if (!continuation(b3)) {
            return DecodedRune.INVALID;
        }
        return new DecodedRune((b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F), 4);
    }

    /** The rune at the start of {@code s}. */
    public static DecodedRune decodeRune(String s) {
        return decodeRune(s, 0);
    }

    /**
     * The last rune of {@code s} and its width, as utf8.DecodeLastRuneInString finds it: it looks back at most
     * {@link #UTF_MAX} bytes for a start byte, and an encoding that does not end exactly at the end is (RuneError, 1).
     */
    public static DecodedRune decodeLastRune(String s) {
        int end = s.length();
        if (end == 0) {
            return new DecodedRune(RUNE_ERROR, 0);
        }
        int start = end - 1;
        if (s.charAt(start) < RUNE_SELF) {
            return new DecodedRune(s.charAt(start), 1);
        }
        int lim = Math.max(end - UTF_MAX, 0);
        for (start--; start >= lim; start--) {
            if (runeStart(s.charAt(start))) {
                break;
            }
        }
        start = Math.max(start, 0);
        DecodedRune d = decodeRune(s.substring(start, end), 0);
        return start + d.width() == end ? d : DecodedRune.INVALID;
    }

    /** Whether {@code b} can be the first byte of an encoding (it is not a continuation byte). */
    public static boolean runeStart(int b) {
        return (b & 0xC0) != 0x80;
    }

    /** Whether {@code s} from {@code pos} begins with a full encoding (or an invalid one); utf8.FullRuneInString. */
    public static boolean fullRune(String s, int pos) {
        int n = s.length() - pos;
        if (n <= 0) {
            return false;
        }
        int b0 = s.charAt(pos);
        if (b0 < RUNE_SELF) {
            return true;
        }
        int width = sequenceLength(b0);
        if (width == 0 || n >= width) {
            return true;
        }
        if (n > 1) {
            int b1 = s.charAt(pos + 1);
            if (b1 < secondLow(b0) || b1 > secondHigh(b0)) {
                return true;
            }
        }
        return n > 2 && !continuation(s.charAt(pos + 2));
    }

    /** Whether {@code r} is a Unicode scalar value: not negative, at most U+10FFFF, not a surrogate. */
    public static boolean validRune(long r) {
        return (r >= 0 && r < SURROGATE_MIN) || (r > SURROGATE_MAX && r <= MAX_RUNE);
    }

    /** The number of bytes encoding {@code r}, or -1 if it is not a valid rune. */
    public static int runeLen(long r) {
        if (r < 0) {
            return -1;
        } else if (r < 0x80) {
            return 1;
        } else if (r < 0x800) {
            return 2;
        } else if (SURROGATE_MIN <= r && r <= SURROGATE_MAX) {
            return -1;
        } else if (r < 0x10000) {
            return 3;
        } else if (r <= MAX_RUNE) {
            return 4;
        }
        return -1;
    }

    /** The UTF-8 encoding of {@code r}; an invalid rune encodes U+FFFD (utf8.EncodeRune, also {@code string(r)}). */
    public static String encodeRune(long r) {
        StringBuilder b = new StringBuilder(4);
        appendRune(b, r);
        return b.toString();
    }

    /** Appends the encoding of {@code r} (U+FFFD if invalid), as utf8.AppendRune. */
    public static StringBuilder appendRune(StringBuilder b, long r) {
        int c = validRune(r) ? (int) r : RUNE_ERROR;
        if (c < 0x80) {
            b.append((char) c);
        } else if (c < 0x800) {
            b.append((char) (0xC0 | c >> 6)).append((char) (0x80 | c & 0x3F));
        } else if (c < 0x10000) {
            b.append((char) (0xE0 | c >> 12)).append((char) (0x80 | c >> 6 & 0x3F)).append((char) (0x80 | c & 0x3F));
        } else {
            b.append((char) (0xF0 | c >> 18)).append((char) (0x80 | c >> 12 & 0x3F))
                    .append((char) (0x80 | c >> 6 & 0x3F)).append((char) (0x80 | c & 0x3F));
        }
        return b;
    }

    /** Whether {@code s} is entirely valid UTF-8. */
    public static boolean validString(String s) {
        for (int i = 0; i < s.length(); ) {
            DecodedRune d = decodeRune(s, i);
            if (d.invalid()) {
                return false;
            }
            i += d.width();
        }
        return true;
    }

    /** The number of runes in {@code s}, each invalid byte counting as one (utf8.RuneCountInString). */
    public static int runeCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); n++) {
            i += decodeRune(s, i).width();
        }
        return n;
    }

    /** The number of runes in the first {@code end} bytes of {@code s}. */
    public static int runeCount(String s, int end) {
        return runeCount(s.substring(0, end));
    }

    private static int sequenceLength(int b0) {
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            return 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            return 3;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /** The lowest second byte allowed after {@code b0}: it excludes overlong forms. */
    private static int secondLow(int b0) {
        if (b0 == 0xE0) {
            return 0xA0;
        }
        return b0 == 0xF0 ? 0x90 : 0x80;
    }

    /** The highest second byte allowed after {@code b0}: it excludes surrogates (ED) and runes above U+10FFFF (F4). */
    private static int secondHigh(int b0) {
        if (b0 == 0xED) {
            return 0x9F;
        }
        return b0 == 0xF4 ? 0x8F : 0xBF;
    }

    private static boolean continuation(int b) {
        return b >= 0x80 && b <= 0xBF;
    }
}

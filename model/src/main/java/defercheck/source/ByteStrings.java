package defercheck.source;

import java.nio.charset.StandardCharsets;

/**
 * Go strings are byte sequences. The model holds one as a Java string of chars 0..255, one char per byte
 * (a "byte string"); these are the conversions between byte strings, UTF-8 and text, and Go's rune decoding.
 */
public final class ByteStrings {

    /** The replacement rune U+FFFD, which decoding yields for an invalid byte. */
    public static final int RUNE_ERROR = 0xFFFD;

    private ByteStrings() {
    }

    /** The UTF-8 bytes of Java text. */
    public static String fromText(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The bytes as text: UTF-8 decoded, each invalid byte as U+FFFD (Go's rune decoding). */
    public static String toText(String bytes) {
        StringBuilder sb = new StringBuilder(bytes.length());
        int i = 0;
        while (i < bytes.length()) {
            long r = decodeRune(bytes, i);
            sb.appendCodePoint((int) (r >>> 32));
            i += (int) r;
        }
        return sb.toString();
    }

    /**
     * The bytes as readable text with each byte that is not part of valid UTF-8 written {@code \xNN}: how the
     * conformance goldens record output (Python's "backslashreplace" decoding, regen-goldens.sh).
     */
    public static String toDisplay(String bytes) {
        StringBuilder sb = new StringBuilder(bytes.length());
        int i = 0;
        while (i < bytes.length()) {
            long r = decodeRune(bytes, i);
            int rune = (int) (r >>> 32);
            if (rune == RUNE_ERROR && (int) r == 1) {
                sb.append(String.format("\\x%02x", bytes.charAt(i) & 0xFF));
            } else {
                sb.appendCodePoint(rune);
            }
            i += (int) r;
        }
        return sb.toString();
    }

    /** The raw bytes. */
    public static byte[] toBytes(String bytes) {
        return bytes.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A byte array as a byte string. */
    public static String of(byte[] raw) {
        return new String(raw, StandardCharsets.ISO_8859_1);
    }

    /**
     * Decodes the rune at byte {@code i} as Go's utf8.DecodeRuneInString does: the rune in the high 32 bits,
     * its size in bytes in the low ones; an invalid or short encoding is (U+FFFD, 1).
     */
    public static long decodeRune(String s, int i) {
        int b0 = s.charAt(i) & 0xFF;
        if (b0 < 0x80) {
            return pack(b0, 1);
        }
        int need;
        int min;
        int r;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            min = 0x80;
            r = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            min = 0x800;
            r = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            min = 0x10000;
            r = b0 & 0x07;
        } else {
            return pack(RUNE_ERROR, 1);
        }
        if (i + need >= s.length()) {
            return pack(RUNE_ERROR, 1);
        }
        for (int k = 1; k <= need; k++) {
            int b = s.charAt(i + k) & 0xFF;
            if ((b & 0xC0) != 0x80) {
                return pack(RUNE_ERROR, 1);
            }
            r = (r << 6) | (b & 0x3F);
        }
        if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            return pack(RUNE_ERROR, 1);
        }
        return pack(r, need + 1);
    }

    private static long pack(int rune, int size) {
        return ((long) rune << 32) | size;
    }

    /** The UTF-8 encoding of a rune as a byte string; an invalid rune encodes U+FFFD (Go's string(rune)). */
    public static String encodeRune(long rune) {
        int r = rune < 0 || rune > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF) ? RUNE_ERROR : (int) rune;
        return fromText(new String(Character.toChars(r)));
    }

    /** How many runes Go's range (and utf8.RuneCountInString) sees in the bytes. */
    public static int runeCount(String bytes) {
        int n = 0;
        for (int i = 0; i < bytes.length(); i += (int) decodeRune(bytes, i)) {
            n++;
        }
        return n;
    }

    /**
     * strconv.Quote: printable runes as they are, the usual escapes, other runes as \\u or \\U escapes and
     * invalid bytes as \\x escapes.
     */
    public static String quote(String bytes) {
        StringBuilder sb = new StringBuilder("\"");
        int i = 0;
        while (i < bytes.length()) {
            long d = decodeRune(bytes, i);
            int r = (int) (d >>> 32);
            int size = (int) d;
            if (r == RUNE_ERROR && size == 1 && !bytes.startsWith("\u00ef\u00bf\u00bd", i)) {
                sb.append(String.format("\\x%02x", bytes.charAt(i) & 0xFF));
            } else {
                escapeRune(sb, r);
            }
            i += size;
        }
        return sb.append('"').toString();
    }

    private static void escapeRune(StringBuilder sb, int r) {
        switch (r) {
            case '"': sb.append("\\\""); return;
            case '\\': sb.append("\\\\"); return;
            case 7: sb.append("\\a"); return;
            case '\b': sb.append("\\b"); return;
            case '\f': sb.append("\\f"); return;
            case '\n': sb.append("\\n"); return;
            case '\r': sb.append("\\r"); return;
            case '\t': sb.append("\\t"); return;
            case 0x0B: sb.append("\\v"); return;
            default:
        }
        if (isPrint(r)) {
            sb.appendCodePoint(r);
        } else if (r < ' ' || r == 0x7F) {
            sb.append(String.format("\\x%02x", r));
        } else if (r < 0x10000) {
            sb.append(String.format("\\u%04x", r));
        } else {
            sb.append(String.format("\\U%08x", r));
        }
    }

    /** An approximation of unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    public static boolean isPrint(int r) {
        if (r < 0x80) {
            return r >= 0x20 && r < 0x7F;
        }
        int t = Character.getType(r);
        return t != Character.CONTROL && t != Character.FORMAT && t != Character.SURROGATE
                && t != Character.PRIVATE_USE && t != Character.UNASSIGNED && t != Character.SPACE_SEPARATOR
                && t != Character.LINE_SEPARATOR && t != Character.PARAGRAPH_SEPARATOR;
    }
}

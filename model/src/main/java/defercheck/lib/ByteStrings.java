package defercheck.lib;

import java.nio.charset.StandardCharsets;

/**
 * The library's representation of a Go string: a Java {@code String} whose chars are all in 0..255, one char
 * per byte (a "byte string"). It holds the UTF-8 bytes of Go text, and any other bytes too, since a Go string
 * may be invalid UTF-8. ISO-8859-1 maps bytes to chars one to one, so it converts in both directions.
 */
public final class ByteStrings {

    private ByteStrings() {
    }

    /** The byte string of the UTF-8 encoding of Java text (for example a literal's source text). */
    public static String ofUtf8(String text) {
        return fromBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The byte string holding exactly these bytes. */
    public static String fromBytes(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The bytes of a byte string, for writing to a stream. */
    public static byte[] toBytes(String byteString) {
        requireByteString(byteString);
        return byteString.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The Java text a byte string decodes to as UTF-8 (invalid sequences become U+FFFD), for display only. */
    public static String toJavaText(String byteString) {
        return new String(toBytes(byteString), StandardCharsets.UTF_8);
    }

    /** Whether every char is a byte value (0..255). */
    public static boolean isByteString(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** Throws IllegalArgumentException unless {@code s} is a byte string: a char above 255 is a caller bug. */
    public static String requireByteString(String s) {
        if (!isByteString(s)) {
            throw new IllegalArgumentException("not a byte string (a char above 0xFF): " + s);
        }
        return s;
    }
}

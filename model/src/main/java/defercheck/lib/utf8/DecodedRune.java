package defercheck.lib.utf8;

/**
 * One decoding step: the rune and the number of bytes it took. An invalid byte gives (U+FFFD, 1); the end of
 * the string gives (U+FFFD, 0); a correctly encoded U+FFFD gives (U+FFFD, 3).
 */
public record DecodedRune(int rune, int width) {

    static final DecodedRune INVALID = new DecodedRune(Utf8.RUNE_ERROR, 1);

    /** Whether this step consumed one byte that is not valid UTF-8. */
    public boolean invalid() {
        return rune == Utf8.RUNE_ERROR && width == 1;
    }
}

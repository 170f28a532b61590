package defercheck.lib.strconv;

/**
 * The results of a successful strconv.UnquoteChar: the rune (or byte value, for {@code \xNN} and octal
 * escapes), whether it must be UTF-8 encoded, and the rest of the input.
 */
public record UnquotedChar(int value, boolean multibyte, String tail) {
}

package defercheck.lib.utf8;

/**
 * One iteration of {@code for index, rune := range s}: the byte index of the rune, the rune (U+FFFD for an
 * invalid byte), and the index of the next iteration.
 */
public record RangeStep(int index, int rune, int next) {
}

package defercheck.lib.strings;

/**
 * The results of strings.Cut {@code (before, after, found)}; CutPrefix returns {@code (after, found)} and
 * CutSuffix {@code (before, found)}.
 */
public record Cut(String before, String after, boolean found) {
}

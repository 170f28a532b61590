package defercheck.lib.unicode;

import defercheck.source.GoVersion;

/**
 * Go's unicode package predicates and case mappings for one Go release, whose Unicode version
 * ({@link UnicodeVersion#of}) decides the tables. Go answers Latin-1 code points from a fixed table of its
 * own; it agrees with the Unicode categories except where the functions define Latin-1 specially: IsControl
 * is true only for the Latin-1 controls (U+0000-U+001F, U+007F-U+009F), IsDigit there is '0'..'9'. A value
 * that is not a code point (negative, or above U+10FFFF) has no property and maps to itself, as in Go.
 * Checked over every code point on each installed release by GoUnicodeTest.
 */
public final class GoUnicode {

    private final UnicodeVersion version;
    private final CharacterProperties props;
    private final UnicodeTables printing;

    private GoUnicode(UnicodeVersion v) {
        version = v;
        props = CharacterProperties.of(v);
        printing = UnicodeTables.of(v);
    }

    /** The unicode package of release {@code go}; refused before Go 1.16, whose Unicode tables are not carried. */
    public static GoUnicode of(GoVersion go) {
        return new GoUnicode(UnicodeVersion.of(go).orElseThrow(() ->
                new UnsupportedOperationException("Unicode tables of go1." + go.minor() + " are not carried")));
    }

    /** The Unicode version, as unicode.Version spells it. */
    public String version() {
        return version.text();
    }

    /** unicode.IsSpace: White_Space ('\t', '\n', '\v', '\f', '\r', ' ', U+0085, U+00A0 in Latin-1). */
    public boolean isSpace(long r) {
        return props.whiteSpace(r);
    }

    public boolean isLetter(long r) {
        return major(r) == 'L';
    }

    public boolean isUpper(long r) {
        return props.category(r).equals("Lu");
    }

    public boolean isLower(long r) {
        return props.category(r).equals("Ll");
    }

    public boolean isTitle(long r) {
        return props.category(r).equals("Lt");
    }

    /** unicode.IsDigit: category Nd. */
    public boolean isDigit(long r) {
        return props.category(r).equals("Nd");
    }

    /** unicode.IsNumber: category N (Nd, Nl, No). */
    public boolean isNumber(long r) {
        return major(r) == 'N';
    }

    public boolean isPunct(long r) {
        return major(r) == 'P';
    }

    public boolean isSymbol(long r) {
        return major(r) == 'S';
    }

    public boolean isMark(long r) {
        return major(r) == 'M';
    }

    /** unicode.IsControl: only the Latin-1 control characters, not category Cc beyond U+00FF (there is none). */
    public boolean isControl(long r) {
        return r >= 0 && r <= 0xFF && props.category(r).equals("Cc");
    }

    /** unicode.IsPrint (the same set as strconv.IsPrint). */
    public boolean isPrint(long r) {
        return printing.isPrint(r);
    }

    /** unicode.IsGraphic. */
    public boolean isGraphic(long r) {
        return printing.isGraphic(r);
    }

    /** unicode.ToUpper. */
    public long toUpper(long r) {
        return props.upper(r);
    }

    /** unicode.ToLower. */
    public long toLower(long r) {
        return props.lower(r);
    }

    /** unicode.ToTitle. */
    public long toTitle(long r) {
        return props.title(r);
    }

    /** unicode.SimpleFold: the next code point equal to r under simple case folding, wrapping around. */
    public long simpleFold(long r) {
        return props.nextInFoldClass(r);
    }

    private char major(long r) {
        return props.category(r).charAt(0);
    }
}

package defercheck.lib.unicode;

import defercheck.source.GoVersion;
import java.util.Optional;

/**
 * The Unicode versions whose tables the library carries, and which Go release uses which. Go's unicode and
 * strconv tables follow one Unicode version per release: 13.0.0 from Go 1.16 (its release notes) through 1.20,
 * 15.0.0 from Go 1.21. Checked against the installed go1.19 and go1.21 to go1.23 by UnicodeTablesTest. Releases
 * before 1.16 used older versions that the library does not carry.
 */
public enum UnicodeVersion {
    V13_0_0("13.0.0"),
    V15_0_0("15.0.0");

    private final String text;

    UnicodeVersion(String text) {
        this.text = text;
    }

    /** The version as unicode.Version spells it, e.g. "15.0.0". */
    public String text() {
        return text;
    }

    /** The Unicode version of Go release {@code go}, or empty for a release before 1.16 (tables not carried). */
    public static Optional<UnicodeVersion> of(GoVersion go) {
        if (go.minor() >= 21) {
            return Optional.of(V15_0_0);
        }
        return go.minor() >= 16 ? Optional.of(V13_0_0) : Optional.empty();
    }
}

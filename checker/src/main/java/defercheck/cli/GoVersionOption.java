package defercheck.cli;

import defercheck.source.GoVersion;
import picocli.CommandLine.Option;

/**
 * {@code --go V}, mixed into every command that models one Go version: the converter (a bad version is exit 64
 * with the supported range), the label and the default are here once, and follow {@link GoVersion}'s range.
 * A command whose {@code --go} means something narrower declares its own option from these constants and says
 * why ({@code tlc}, where only {@code --cross-check} reads it).
 */
public final class GoVersionOption {
    public static final String LABEL = "V";
    public static final String DEFAULT = "1." + GoVersion.NEWEST;
    public static final String RANGE = "1." + GoVersion.OLDEST + " to 1." + GoVersion.NEWEST;

    @Option(names = "--go", paramLabel = LABEL, converter = GoVersionConverter.class, defaultValue = DEFAULT,
            description = "Go version whose language rules, compiler and runtime to follow, " + RANGE
                    + " (default: ${DEFAULT-VALUE})")
    GoVersion version;

    public GoVersion version() {
        return version;
    }
}

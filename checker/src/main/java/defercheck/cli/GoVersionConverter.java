package defercheck.cli;

import defercheck.source.GoVersion;
import picocli.CommandLine;

/** Parses {@code --go 1.21}; a bad version is a usage error (exit 64) with the supported range. */
public final class GoVersionConverter implements CommandLine.ITypeConverter<GoVersion> {
    @Override
    public GoVersion convert(String value) {
        try {
            return GoVersion.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}

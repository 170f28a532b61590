package defercheck.cli;

import picocli.CommandLine.Option;

/** {@code --progress=auto|always|never}: progress on stderr; auto shows it only on a terminal, as explore does. */
final class ProgressOption {
    enum When { auto, always, never }

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "progress on stderr: auto (on a terminal, the default), always or never")
    When when = When.auto;

    boolean enabled() {
        return when == When.always || when == When.auto && System.console() != null;
    }
}

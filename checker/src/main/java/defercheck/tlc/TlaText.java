package defercheck.tlc;

import java.nio.file.Path;

/** Small rules every written TLA+ module follows: its name comes from the file, its comments stay comments. */
public final class TlaText {
    private TlaText() {
    }

    /** The module name FILE.tla asks for; a name TLA+ does not accept is the user's error, with the file. */
    public static String moduleName(Path file) {
        String module = file.getFileName().toString().replaceFirst("\\.tla$", "");
        if (!module.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException(file + ": a TLA+ module name must be letters, digits, _");
        }
        return module;
    }

    /** Text (Go source, a value) that goes inside a (* ... *) comment without opening or closing one. */
    public static String commentSafe(String s) {
        return s.replace("(*", "( *").replace("*)", "* )");
    }
}

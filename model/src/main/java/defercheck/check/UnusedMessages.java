package defercheck.check;

import defercheck.source.GoVersion;

/**
 * gc has worded its "unused" errors three ways (seen on go1.19, go1.21/1.22 and go1.23): the message
 * follows the toolchain of the chosen version.
 */
final class UnusedMessages {

    private UnusedMessages() {
    }

    static String variable(String name, GoVersion v) {
        if (v.atLeast(23)) {
            return "declared and not used: " + name;
        }
        return name + (v.atLeast(20) ? " declared and not used" : " declared but not used");
    }

    /** A type switch's binding that no clause uses: types2 words it apart from other variables. */
    static String typeSwitchVariable(String name, GoVersion v) {
        return name + (v.atLeast(20) ? " declared and not used" : " declared but not used");
    }

    static String importPath(String path, GoVersion v) {
        return v.atLeast(20) ? "\"" + path + "\" imported and not used" : "imported and not used: \"" + path + "\"";
    }
}

package defercheck.cli;

import defercheck.tlc.TlcRunner;
import java.nio.file.Path;

/**
 * The shell command that runs plain TLC on an exported module as it lies: from the module's folder, with the
 * folder of the specs it EXTENDS as TLC's library path ({@code -DTLA-Library}), the LazyValue flag that TLC 2.18's
 * refinement checks need (spec/README.md), and TLC's metadata in a temporary folder instead of a {@code states/}
 * folder beside the module.
 */
final class TlcByHand {
    private TlcByHand() {
    }

    static String command(Path tla, Path specDir) {
        Path module = tla.toAbsolutePath().normalize();
        String name = module.getFileName().toString().replaceAll("\\.tla$", "");
        return "cd " + quote(module.getParent().toString()) + " && java -Dtlc2.value.impl.LazyValue.off=true"
                + " -DTLA-Library=" + quote(specDir.toAbsolutePath().normalize().toString())
                + " -cp " + quote(TlcRunner.locateTlatools().toAbsolutePath().toString())
                + " tlc2.TLC -metadir \"$(mktemp -d)\" -workers 1 -config " + quote(name + ".cfg") + " "
                + quote(name + ".tla");
    }

    /** Single quotes for the shell, only where a path needs them. */
    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_./+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}

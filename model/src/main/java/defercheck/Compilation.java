package defercheck;

import defercheck.ir.Program;
import defercheck.source.Diagnostic;
import java.util.List;

/** What the front end makes of a source file: a program, or the diagnostics (sorted by position) that stop it. */
public record Compilation(Program program, List<Diagnostic> diagnostics) {

    public Compilation {
        diagnostics = List.copyOf(diagnostics);
        if ((program == null) == diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a compilation has a program or diagnostics, not both");
        }
    }

    public boolean ok() {
        return program != null;
    }
}

package defercheck;

import defercheck.check.Checker;
import defercheck.check.Info;
import defercheck.ir.Program;
import defercheck.lower.Lowerer;
import defercheck.source.Diagnostic;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import defercheck.source.Span;
import defercheck.syntax.Diagnostics;
import defercheck.syntax.Parser;
import defercheck.syntax.ast.GoFile;
import java.util.List;

/** The front end: Go source → syntax tree → checked program → IR, or the diagnostics that stop it. */
public final class Frontend {

    private Frontend() {
    }

    /**
     * Compiles one file of the Go subset at the given language version. Never throws for any input:
     * a failure inside the front end itself becomes an "internal compiler error" diagnostic.
     */
    public static Compilation compile(SourceFile file, GoVersion language) {
        Diagnostics diags = new Diagnostics();
        try {
            GoFile tree = Parser.parse(file, diags);
            if (!diags.isEmpty()) {
                return new Compilation(null, diags.sorted());
            }
            Info info = Checker.check(tree, diags, language);
            if (!diags.isEmpty()) {
                return new Compilation(null, diags.sorted());
            }
            Program program = Lowerer.lower(tree, info, file, language);
            return new Compilation(program, List.of());
        } catch (RuntimeException | StackOverflowError e) {
            Span at = Span.at(file.name(), 1, 1);
            return new Compilation(null, List.of(new Diagnostic(at, "internal compiler error: " + e)));
        }
    }
}

package defercheck.cli;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A Go file read and compiled for a command: the source and its compilation, or the exit code after the
 * reason was reported (66 for a missing or unreadable file, 65 with file:line:col diagnostics).
 */
public record ProgramInput(SourceFile source, Compilation compilation, int exitCode) {

    public static ProgramInput load(Path file, GoVersion version, PrintWriter err) {
        SourceFile source;
        try {
            source = SourceLoader.load(file);
        } catch (NoSuchFileException e) {
            err.println("defercheck: " + file + ": no such file");
            return new ProgramInput(null, null, ExitCodes.NOINPUT);
        } catch (IOException e) {
            err.println("defercheck: " + file + ": " + e.getMessage());
            return new ProgramInput(null, null, ExitCodes.NOINPUT);
        }
        Compilation c = Frontend.compile(source, version);
        if (!c.ok()) {
            c.diagnostics().forEach(d -> err.println(d.render()));
            return new ProgramInput(source, c, ExitCodes.DATAERR);
        }
        return new ProgramInput(source, c, 0);
    }

    public boolean ok() {
        return exitCode == 0;
    }
}

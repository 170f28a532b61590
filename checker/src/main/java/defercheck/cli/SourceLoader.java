package defercheck.cli;

import defercheck.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a Go file for the front end. Go source is UTF-8. */
public final class SourceLoader {

    private SourceLoader() {
    }

    public static SourceFile load(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        return new SourceFile(path.toString(), new String(bytes, StandardCharsets.UTF_8));
    }
}

package defercheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before a long run starts, that the files it will write can be written: finding out after an hour
 * of exploring that {@code --json} names a directory loses the hour's summary.
 */
final class OutputFiles {

    /** An output file that cannot be created, with the option that named it. */
    static final class CannotCreate extends IOException {
        CannotCreate(String message) {
            super(message);
        }
    }

    private OutputFiles() {
    }

    /** Creates the parent folders of {@code file} (if any is named) and checks it is not a folder itself. */
    static void checkWritable(Path file, String option) throws CannotCreate {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new CannotCreate(option + " " + file + ": is a directory");
        }
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new CannotCreate(option + " " + file + ": cannot create " + parent);
        }
        if (!Files.isWritable(parent) || (Files.exists(file) && !Files.isWritable(file))) {
            throw new CannotCreate(option + " " + file + ": not writable");
        }
    }
}

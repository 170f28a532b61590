package defercheck.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's life: off without the property, written by one run at a time, then mapped by every run. */
class TlcClassArchiveTest {
    private static final String PROPERTY = "defercheck.tlc.cds";
    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty(PROPERTY);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, saved);
        }
    }

    @Test
    void noPropertyNoOptions() {
        System.setProperty(PROPERTY, "");
        assertEquals(List.of(), TlcClassArchive.launch().options());
    }

    @Test
    void oneRunWritesTheArchiveAndLaterRunsMapIt(@TempDir Path dir) throws Exception {
        Path archive = dir.resolve("cds/tlatools.jsa");
        System.setProperty(PROPERTY, archive.toString());
        TlcClassArchive.Launch first = TlcClassArchive.launch();
        assertTrue(first.options().get(0).startsWith("-XX:ArchiveClassesAtExit="), first.options().toString());
        assertEquals(List.of(), TlcClassArchive.launch().options(), "a second run while the first writes: plain");
        Files.writeString(first.written(), "classes");  // what the JVM writes when it exits
        first.finish(true);
        assertTrue(Files.isRegularFile(archive));
        assertFalse(Files.exists(first.written()));
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xlog:disable"),
                TlcClassArchive.launch().options());
    }

    @Test
    void aRunThatFailsLeavesNoArchiveAndTheNextWritesOne(@TempDir Path dir) throws Exception {
        Path archive = dir.resolve("tlatools.jsa");
        System.setProperty(PROPERTY, archive.toString());
        TlcClassArchive.Launch timedOut = TlcClassArchive.launch();
        Files.writeString(timedOut.written(), "half");
        timedOut.finish(false);
        assertFalse(Files.exists(archive));
        assertFalse(Files.exists(timedOut.written()));
        TlcClassArchive.Launch next = TlcClassArchive.launch();
        assertTrue(next.options().get(0).startsWith("-XX:ArchiveClassesAtExit="), next.options().toString());
        next.finish(false);
    }
}

package defercheck.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkpoint resumes only its own run: the same exploration, checked by the same engine. */
class CheckpointTest {
    private static final String EXPLORATION = "tiny/go1.19/-/0-7754/first";
    private static final CheckpointKey FAST = new CheckpointKey(EXPLORATION, Engine.FAST);

    @TempDir
    Path dir;

    @Test
    void aCheckpointResumesUnderItsOwnKey() throws Exception {
        Path file = dir.resolve("ck");
        assertNull(Checkpoint.read(file, FAST));
        Checkpoint written = new Checkpoint(FAST, 4096, 4096, 2, 17);
        written.write(file);
        assertEquals(written, Checkpoint.read(file, FAST));
    }

    @Test
    void theOtherEngineIsRefusedByName() throws Exception {
        Path file = dir.resolve("ck");
        new Checkpoint(FAST, 4096, 4096, 0, -1).write(file);
        Checkpoint.Mismatch m = assertThrows(Checkpoint.Mismatch.class,
                () -> Checkpoint.read(file, new CheckpointKey(EXPLORATION, Engine.REFERENCE)));
        assertEquals(file + " was written by the fast engine and cannot be resumed by the reference engine: resume"
                + " it with --engine fast, or start afresh with another --checkpoint file", m.getMessage());
    }

    @Test
    void anotherExplorationIsRefused() throws Exception {
        Path file = dir.resolve("ck");
        new Checkpoint(FAST, 4096, 4096, 0, -1).write(file);
        Checkpoint.Mismatch m = assertThrows(Checkpoint.Mismatch.class,
                () -> Checkpoint.read(file, new CheckpointKey("tiny/go1.23/-/0-7754/first", Engine.FAST)));
        assertEquals(file + " is a checkpoint of another exploration (" + EXPLORATION + "), not of"
                + " tiny/go1.23/-/0-7754/first", m.getMessage());
    }

    /** Written before checkpoints named their engine: which one wrote it is unknown, so the user says. */
    @Test
    void aCheckpointWithoutAnEngineIsRefusedWithTheFix() throws Exception {
        Path file = dir.resolve("ck");
        Files.writeString(file, "key=" + EXPLORATION + "\nwatermark=4096\nprograms=4096\ndivergences=0\nfirst=-1\n");
        Checkpoint.Mismatch m = assertThrows(Checkpoint.Mismatch.class, () -> Checkpoint.read(file, FAST));
        assertEquals(file + " names no engine (it was written before checkpoints recorded theirs): add the line"
                + " engine=fast or engine=reference, whichever wrote it, and resume with that --engine", m.getMessage());
        Files.writeString(file, "engine=fast\n" + Files.readString(file));
        assertEquals(4096, Checkpoint.read(file, FAST).watermark());
    }
}

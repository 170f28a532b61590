package defercheck.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Where a run stands: every rank below {@code watermark} is checked, with these totals. Written by rename,
 * so a kill -9 leaves the previous or the next checkpoint, never half of one. {@code key} names the run
 * (bound, version, mutant, range, and the engine) so a checkpoint is never resumed into a different
 * exploration, nor by the other engine.
 */
public record Checkpoint(CheckpointKey key, long watermark, long programs, long divergences, long firstDivergence) {

    /** A checkpoint file that belongs to another run than the one asked to resume it. */
    public static final class Mismatch extends IOException {
        Mismatch(String message) {
            super(message);
        }
    }

    /** The checkpoint in {@code file} if there is one, after checking that it is of {@code key}'s run. */
    public static Checkpoint read(Path file, CheckpointKey key) throws IOException {
        if (key == null) {
            throw new IllegalArgumentException("checkpoint " + file + " needs a key naming its run");
        }
        if (!Files.exists(file)) {
            return null;
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        checkBelongs(file, p, key);
        return new Checkpoint(key, Long.parseLong(p.getProperty("watermark")), Long.parseLong(p.getProperty("programs")),
                Long.parseLong(p.getProperty("divergences")), Long.parseLong(p.getProperty("first")));
    }

    private static void checkBelongs(Path file, Properties p, CheckpointKey key) throws Mismatch {
        if (!key.exploration().equals(p.getProperty("key"))) {
            throw new Mismatch(file + " is a checkpoint of another exploration (" + p.getProperty("key")
                    + "), not of " + key.exploration());
        }
        String engine = p.getProperty("engine");
        if (engine == null) {
            throw new Mismatch(file + " names no engine (it was written before checkpoints recorded theirs): add"
                    + " the line engine=fast or engine=reference, whichever wrote it, and resume with that --engine");
        }
        if (!engine.equals(key.engine().id())) {
            throw new Mismatch(file + " was written by the " + engine + " engine and cannot be resumed by the "
                    + key.engine().id() + " engine: resume it with --engine " + engine
                    + ", or start afresh with another --checkpoint file");
        }
    }

    public void write(Path file) throws IOException {
        String text = "key=" + key.exploration() + "\nengine=" + key.engine().id() + "\nwatermark=" + watermark
                + "\nprograms=" + programs + "\ndivergences=" + divergences + "\nfirst=" + firstDivergence + "\n";
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

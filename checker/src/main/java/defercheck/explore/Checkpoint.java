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
 * (bound, version, mutant, range) so a checkpoint is never resumed into a different exploration.
 */
public record Checkpoint(String key, long watermark, long programs, long divergences, long firstDivergence) {

    public static Checkpoint read(Path file, String key) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        if (!key.equals(p.getProperty("key"))) {
            throw new IOException(file + " is a checkpoint of another exploration (" + p.getProperty("key")
                    + "), not of " + key);
        }
        return new Checkpoint(key, Long.parseLong(p.getProperty("watermark")), Long.parseLong(p.getProperty("programs")),
                Long.parseLong(p.getProperty("divergences")), Long.parseLong(p.getProperty("first")));
    }

    public void write(Path file) throws IOException {
        String text = "key=" + key + "\nwatermark=" + watermark + "\nprograms=" + programs + "\ndivergences="
                + divergences + "\nfirst=" + firstDivergence + "\n";
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

package defercheck.straightline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Test support: the model module's conformance corpus, as the checker's tests read it. Its size is pinned in one
 * place, the heading {@code ## Programs (N)} of its INDEX.md (the model's CorpusTest checks that the index lists
 * exactly the programs there are); tests here derive their exact counts from it.
 */
public final class Corpus {
    public static final Path ROOT = Paths.get("../model/src/test/resources/programs");
    private static final Pattern PINNED = Pattern.compile("(?m)^## Programs \\((\\d+)\\)$");

    private Corpus() {
    }

    /** Every program, sorted. */
    public static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
    }

    /** The number of programs INDEX.md pins. */
    public static int pinned() throws IOException {
        Matcher m = PINNED.matcher(Files.readString(ROOT.resolve("INDEX.md"), StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException(ROOT.resolve("INDEX.md") + " has no heading \"## Programs (N)\"");
        }
        return Integer.parseInt(m.group(1));
    }
}

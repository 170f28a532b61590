package defercheck.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code oracle report DIR}: the run's totals from {@code summary.json}, then one line per cause trace
 * ({@code cause-NN.trace.json}): how many programs reduced to it, its minimal program, and the two outcomes
 * (the model as the implementation would present it, and what the implementation did).
 */
public final class OracleReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrintWriter out;

    public OracleReport(PrintWriter out) {
        this.out = out;
    }

    /** The cause traces of {@code dir}, in order. */
    public static List<Path> causeFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("cause-[0-9]+\\.trace\\.json")).sorted().toList();
        }
    }

    /** Prints the report; IOException when {@code dir} holds no summary and no cause trace. */
    public void print(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no such directory");
        }
        Path summary = dir.resolve("summary.json");
        List<Path> causes = causeFiles(dir);
        if (!Files.exists(summary) && causes.isEmpty()) {
            throw new IOException(dir + ": no summary.json and no cause-NN.trace.json (written by `defercheck oracle`)");
        }
        if (Files.exists(summary)) {
            JsonNode s = JSON.readTree(summary.toFile());
            out.printf("%s %s (Go %s), bound %s: %,d programs, %,d agree, %,d agree through quirks %s, %,d semantic"
                            + " disagreement(s) in %d cause(s)%n", s.path("impl").asText(), s.path("version").asText(),
                    s.path("go").asText(), s.path("bound").asText(), s.path("programs").asLong(),
                    s.path("agree").asLong(), s.path("quirks").asLong(), s.path("by_quirk").toString(),
                    s.path("semantic").asLong(), s.path("causes").size());
            out.println("command: " + s.path("command").asText());
        }
        for (Path f : causes) {
            out.println(line(f));
        }
        out.flush();
    }

    /** {@code cause-NN  COUNT programs  MINIMAL  |  model: ...  |  IMPL: ...}, on one line. */
    static String line(Path f) throws IOException {
        JsonNode t = JSON.readTree(f.toFile());
        JsonNode c = t.path("cause");
        JsonNode impl = t.path("implementation");
        int others = c.path("minimal_programs").size() - 1;
        return String.format("%s %,7d program(s)  %s%s  |  model: %s  |  %s: %s", f.getFileName().toString()
                        .replace(".trace.json", ""), c.path("count").asLong(),
                OneLine.of(t.path("program").path("source").asText()),
                others > 0 ? " (+" + others + " minimal program(s) with the same symptom)" : "",
                outcome(c.path("model")), impl.path("name").asText(), outcome(c.path("observed")));
    }

    private static String outcome(JsonNode o) {
        return "exit " + o.path("exit").asInt() + ", stdout " + defercheck.explore.Json.quote(o.path("stdout").asText())
                + ", stderr " + defercheck.explore.Json.quote(o.path("stderr").asText());
    }
}

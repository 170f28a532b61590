package defercheck.oracle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one disagreement as {@code oracle-IMPL-VERSION-BOUND-RANK.json} (schema {@code defercheck.oracle/2}):
 * the program's source and core form, the implementation, its version and the model's Go version, which
 * observables differ, the known bug if any, each side's exit code, stdout, stderr (raw and normalized) and
 * {@code -d=defer} plan (the model also as the implementation presents it), and a line diff of the plans.
 */
public final class OracleTraces {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OracleTraces() {
    }

    public static Path write(Path dir, Implementation impl, String bound, CaseResult r) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("schema", "defercheck.oracle/2");
        t.put("impl", impl.name());
        t.put("version", impl.version());
        t.put("go", "go" + impl.language());
        t.put("bound", bound);
        t.put("rank", r.rank());
        t.put("differs", r.differs());
        if (r.knownBug() != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("issue", r.knownBug().issue());
            b.put("label", r.knownBug().label());
            b.put("versions", r.knownBug().versions());
            b.put("summary", r.knownBug().summary());
            t.put("known_bug", b);
        }
        t.put("source", r.source());
        t.put("core", r.program().toString());
        t.put("real", side(r.real()));
        t.put("model", side(r.model()));
        t.put("abstract", side(r.abstractModel()));
        t.put("presented", side(r.presented()));
        if (r.standalone() != null) {
            t.put("standalone", side(r.standalone()));
            t.put("batch_only", r.batchOnly());
        }
        t.put("plan_diff", planDiff(r.real().plan(), r.model().plan()));
        Path file = dir.resolve("oracle-" + impl.name() + "-" + impl.version() + "-" + bound + "-" + r.rank() + ".json");
        JSON.writeValue(file.toFile(), t);
        return file;
    }

    private static Map<String, Object> side(CaseResult.Observed o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exit", o.exit());
        m.put("stdout", o.stdout());
        m.put("stderr", o.stderr());
        m.put("stderr_raw", o.rawStderr());
        m.put("plan", o.plan());
        return m;
    }

    /** Lines only the real compiler printed ({@code -}) and lines only the planner printed ({@code +}). */
    static List<String> planDiff(String real, String model) {
        List<String> r = List.of(real.split("\n", -1));
        List<String> m = List.of(model.split("\n", -1));
        List<String> out = new ArrayList<>();
        r.stream().filter(l -> !l.isEmpty() && !m.contains(l)).forEach(l -> out.add("- real  " + l));
        m.stream().filter(l -> !l.isEmpty() && !r.contains(l)).forEach(l -> out.add("+ model " + l));
        return out;
    }
}

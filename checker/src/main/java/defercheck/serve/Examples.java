package defercheck.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The repository's examples/, bundled in the jar (checker/pom.xml), offered by the playground by name. */
final class Examples {
    static final List<String> NAMES = List.of("nested_panic.go", "named_results.go", "goexit.go", "handler.go",
            "loop_defers.go");

    private Examples() {
    }

    /** Name to source, in the order the page lists them. */
    static List<Map<String, String>> all() throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        for (String n : NAMES) {
            Map<String, String> e = new LinkedHashMap<>();
            e.put("name", n);
            e.put("source", Playground.resource("examples/" + n));
            out.add(e);
        }
        return out;
    }
}

package defercheck.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import defercheck.explore.Bound;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recorded causes as a regression test: a sample of {@value #PROGRAMS} random programs of the bound the
 * record was made on, per installed implementation other than gc (gc is {@link OracleToolchainTest}'s), and
 * every semantic disagreement must reduce into a cause already recorded under {@code traces/impl/IMPL-VERSION/}
 * by the exhaustive run: a minimal program of that cause, or the same symptom. A new kind of disagreement, or one that
 * went away from a whole cause's worth of programs, fails here. An implementation that is not installed, or
 * whose version has no record, is skipped with a message.
 */
class ImplRegressionTest {
    static final int PROGRAMS = 300;
    static final Path RECORDS = Path.of("..", "traces", "impl");

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> everyDisagreementIsARecordedCause() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : List.of("gccgo", "yaegi")) {
            tests.add(DynamicTest.dynamicTest(PROGRAMS + " programs @ " + name, () -> check(name)));
        }
        return tests;
    }

    private void check(String name) throws Exception {
        Implementation impl;
        try {
            impl = Adapters.find(name, null, null, work.resolve("find-" + name));
        } catch (IOException notInstalled) {
            Assumptions.abort("skipped: " + notInstalled.getMessage() + " (.ci/run installs gccgo-12 and yaegi)");
            return;
        }
        Path record = RECORDS.resolve(name + "-" + impl.version());
        Assumptions.assumeTrue(Files.isRegularFile(record.resolve("summary.json")), "skipped: no causes recorded for "
                + name + " " + impl.version() + " under " + record + " (record them with `defercheck oracle --impl "
                + name + " --exhaustive`)");
        Bound bound = Bound.named(new ObjectMapper().readTree(record.resolve("summary.json").toFile()).path("bound")
                .asText());
        Oracle.fastProcessLaunch();
        Oracle oracle = new Oracle(new Oracle.Config(impl, bound, PROGRAMS, 11, false, impl.defaultBatch(),
                4, 30, false, false, work.resolve(name)));
        Causes causes = new Causes(oracle, bound, false);
        Oracle.Summary s = oracle.run(causes::see);
        assertEquals(PROGRAMS, s.programs());
        List<Recorded> recorded = recorded(record);
        List<String> unknown = new ArrayList<>();
        for (Causes.Cause c : causes.reduce()) {
            if (recorded.stream().noneMatch(r -> r.covers(c))) {
                unknown.add(c.count() + " program(s) reduce to " + c.minimals().get(0).oneLine() + ": "
                        + c.symptom() + " (ranks " + c.ranks() + ")");
            }
        }
        assertEquals(List.of(), unknown, name + " " + impl.version() + ": disagreements outside the causes recorded in "
                + record);
    }

    /** A recorded cause: its symptom and its minimal programs (core forms). */
    record Recorded(Symptom symptom, List<String> cores) {
        boolean covers(Causes.Cause c) {
            return symptom.equals(c.symptom())
                    || c.minimals().stream().anyMatch(m -> cores.contains(m.program().toString()));
        }
    }

    static List<Recorded> recorded(Path dir) throws IOException {
        List<Recorded> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path f : OracleReport.causeFiles(dir)) {
            JsonNode cause = json.readTree(f.toFile()).path("cause");
            List<String> symptom = new ArrayList<>();
            cause.path("symptom").forEach(n -> symptom.add(n.asText()));
            List<String> cores = new ArrayList<>();
            cause.path("minimal_programs").forEach(n -> cores.add(n.path("core").asText()));
            out.add(new Recorded(new Symptom(symptom, cause.path("panicking").asBoolean()), cores));
        }
        return out;
    }
}

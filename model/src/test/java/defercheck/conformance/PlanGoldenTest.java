package defercheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.plan.DeferPlanner;
import defercheck.plan.PlanPrinter;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The planner against what {@code go build -gcflags=-d=defer} printed for every corpus program and version. */
class PlanGoldenTest {

    @TestFactory
    List<DynamicTest> planMatchesTheRealCompiler() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : CorpusTest.programs()) {
            Path g = CorpusTest.goldenOf(p);
            if (!Files.exists(g)) {
                continue;
            }
            for (Map.Entry<String, Golden.Expected> e : Golden.read(g).byVersion().entrySet()) {
                GoVersion v = GoVersion.parse(e.getKey());
                tests.add(DynamicTest.dynamicTest(CorpusTest.ROOT.relativize(p) + " @ go" + e.getKey(),
                        () -> assertEquals(e.getValue().plan(), plan(p, v), p.toString())));
            }
        }
        return tests;
    }

    static String plan(Path program, GoVersion v) throws IOException {
        String text = Files.readString(program, StandardCharsets.UTF_8);
        Compilation c = Frontend.compile(new SourceFile("prog.go", text), v);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return PlanPrinter.render(DeferPlanner.sites(c.program(), v), "prog.go");
    }
}

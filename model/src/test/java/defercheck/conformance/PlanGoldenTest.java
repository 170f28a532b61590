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
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The planner against what {@code go build -gcflags=-d=defer} printed for every corpus program and version. */
class PlanGoldenTest {

    @TestFactory
    List<DynamicTest> planMatchesTheRealCompiler() throws IOException {
        return CorpusTest.perGolden((p, v, want) -> assertEquals(want.plan(), plan(p, v), p.toString()));
    }

    static String plan(Path program, GoVersion v) throws IOException {
        String text = Files.readString(program, StandardCharsets.UTF_8);
        Compilation c = Frontend.compile(new SourceFile("prog.go", text), v);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return PlanPrinter.render(DeferPlanner.sites(c.program(), v), "prog.go");
    }
}

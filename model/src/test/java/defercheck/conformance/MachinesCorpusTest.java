package defercheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.runtime.Comparison;
import defercheck.runtime.MachineRun;
import defercheck.semantics.Limits;
import defercheck.semantics.StderrNormalizer;
import defercheck.source.ByteStrings;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus program under every strategy machine that applies to each golden's Go version (each
 * forced strategy and the real compiler's combination): the machines must agree with the abstract
 * semantics on every observable, and with the real binary on exit code, stdout and stderr.
 */
class MachinesCorpusTest {

    @TestFactory
    List<DynamicTest> everyMachineAgreesOnEveryProgram() throws IOException {
        return CorpusTest.perGolden(MachinesCorpusTest::check);
    }

    private static void check(Path program, GoVersion version, Golden.Expected want) throws IOException {
        String text = Files.readString(program, StandardCharsets.UTF_8);
        Compilation c = Frontend.compile(new SourceFile("prog.go", text), version);
        assertTrue(c.ok(), () -> "does not compile on the model: " + c.diagnostics());
        Limits limits = new Limits(5_000_000L, 20_000);
        Comparison cmp = Comparison.run(c.program(), version, limits,
                Comparison.applicableMachines(c.program(), version));
        assertTrue(cmp.agrees(), cmp::report);
        String expected = "exit " + want.exit() + "\n--- stdout\n" + want.stdout() + "\n--- stderr\n" + want.stderr();
        String reference = render(cmp.reference());
        Assumptions.assumeTrue(reference.equals(expected),
                "the abstract semantics already differs from the golden here; CorpusTest reports that");
        for (MachineRun r : cmp.runs()) {
            assertEquals(expected, render(r), r.machine());
        }
    }

    private static String render(MachineRun r) {
        return "exit " + r.outcome().exitCode() + "\n--- stdout\n" + ByteStrings.toDisplay(r.outcome().stdout())
                + "\n--- stderr\n" + StderrNormalizer.normalize(ByteStrings.toDisplay(r.outcome().stderr()));
    }
}

package defercheck.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.ResultKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How causes are keyed, how runs are seen at the level of writes, and the one-line programs of reports. */
class OutputViewTest {

    @Test
    void theCrashTextStartsAtTheFirstLineThatIsNoPrintedValue() {
        assertEquals("panic: 1\n\n", OutputView.crashPart("1\n<nil>\n-2\npanic: 1\n\n"));
        assertEquals("", OutputView.crashPart("1\n2\n"));
        assertEquals("run: 2\n", OutputView.crashPart("run: 2\n"));
        assertEquals(List.of("1\n", "<nil>\n"), OutputView.writtenLines("1\n<nil>\npanic: 1\n1\n"));
    }

    @Test
    void writesAreRoutedToTheStreamWhoseRestStartsWithThem() {
        List<OutputView.Write> w = OutputView.route(List.of("1\n", "2\n", "1\n"), "2\n", "1\n1\npanic: 9\n",
                List.of());
        assertEquals(List.of(new OutputView.Write(true, "1\n"), new OutputView.Write(false, "2\n"),
                new OutputView.Write(true, "1\n")), w);
        List<OutputView.Write> tie = OutputView.route(List.of("1\n", "1\n"), "1\n", "1\n", List.of(true, false));
        assertEquals(List.of(new OutputView.Write(true, "1\n"), new OutputView.Write(false, "1\n")), tie,
                "where both streams could have it, the preferred one");
        assertNull(OutputView.route(List.of("3\n"), "1\n", "", List.of()).get(0), "a write neither stream has");
    }

    @Test
    void aSymptomAbstractsThePrintedValuesButNotTheExitCode() {
        CoreProgram p = new CoreProgram(List.of(new CoreFunction(ResultKind.NONE, List.of(new CoreStmt.Print(1)))));
        CaseResult.Observed model1 = new CaseResult.Observed(1, "1\n", "run: 1\n", "", "");
        CaseResult.Observed model2 = new CaseResult.Observed(1, "<nil>\n", "run: 1\n", "", "");
        CaseResult.Observed real = new CaseResult.Observed(1, "", "run: 1\n", "", "");
        CaseResult.Observed realExit = new CaseResult.Observed(0, "", "run: 1\n", "", "");
        Symptom a = Symptom.of(result(p, model1, real), false);
        assertEquals(a, Symptom.of(result(p, model2, real), false));
        assertEquals(List.of("stdout \"V1\\n\" -> \"\""), a.differences());
        assertNotEquals(a, Symptom.of(result(p, model1, realExit), false));
        assertNotEquals(a, Symptom.of(result(p, model1, real), true), "a panic under way makes another cause");
        CaseResult.Observed wrongValue = new CaseResult.Observed(1, "1\n", "run: 2\n", "", "");
        assertEquals(List.of("stderr \"run: V1\\n\" -> \"run: V2\\n\""),
                Symptom.of(result(p, model1, wrongValue), false).differences(), "a wrong value stays visible");
    }

    private static CaseResult result(CoreProgram p, CaseResult.Observed model, CaseResult.Observed real) {
        return new CaseResult(0, p, "", real, model, model, model, List.of("stdout"), List.of(), null, null);
    }

    @Test
    void aProgramOnOneLine() {
        String src = """
                package main

                import (
                \t"fmt"
                \t"os"
                )

                var yes = true

                func main() {
                \tdefer func() {
                \t\tfmt.Println(recover())
                \t}()
                \tif yes {
                \t\tos.Exit(1)
                \t}
                }

                func f1() {}
                """;
        assertEquals("func main() { defer func() { fmt.Println(recover()) }(); if yes { os.Exit(1) } }; func f1() {}",
                OneLine.of(src));
    }
}

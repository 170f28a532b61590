package defercheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.semantics.Limits;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The performance story in numbers: what each version's real combination spends on the same code. */
class CostTest {

    private static final String LOOP = """
            package main
            func release(i int) {}
            func drain(n int) {
            \tfor i := 0; i < n; i++ {
            \t\tdefer release(i)
            \t}
            }
            func main() {
            \tdrain(50)
            }
            """;

    private static final String HANDLER = """
            package main
            func unlock() {}
            func rollback() {}
            func handle(id int) int {
            \tdefer unlock()
            \tdefer rollback()
            \tif id%2 == 0 {
            \t\treturn 1
            \t}
            \treturn 0
            }
            func main() {
            \tfor i := 0; i < 10; i++ {
            \t\thandle(i)
            \t}
            }
            """;

    static Cost realCost(String src, int minor) {
        GoVersion v = new GoVersion(minor);
        Compilation c = Frontend.compile(new SourceFile("prog.go", src), v);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return Comparison.runMachine(c.program(), v, Limits.DEFAULT, Strategy.real(c.program(), v)).cost();
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 13, 14, 17, 21, 22, 23})
    void loopDefersAreOneHeapRecordPerIterationInEveryVersion(int minor) {
        Cost cost = realCost(LOOP, minor);
        assertEquals(50, cost.heapAllocated() + cost.poolReuses(), cost.render());
        assertEquals(50, cost.deferproc(), cost.render());
        assertEquals(0, cost.stackRecords() + cost.openBitsSet(), cost.render());
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 13, 14, 22})
    void aHandlersDefersMoveFromHeapToStackToOpenCoded(int minor) {
        Cost cost = realCost(HANDLER, minor);
        long perCall = 2 * 10;
        if (minor == 12) {
            assertEquals(perCall, cost.heapAllocated() + cost.poolReuses(), cost.render());
        } else if (minor == 13) {
            assertEquals(perCall, cost.stackRecords(), cost.render());
            assertEquals(0, cost.heapAllocated(), cost.render());
        } else {
            assertEquals(perCall, cost.openBitsSet(), cost.render());
            assertEquals(0, cost.deferproc() + cost.deferprocStack() + cost.deferreturnCalls(), cost.render());
        }
    }
}

package defercheck.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.coreprogram.GoPrinter;
import defercheck.coreprogram.Guard;
import defercheck.coreprogram.ResultKind;
import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import defercheck.source.GoVersion;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The schedules of core programs with goroutines: each ending of a goroutine program gives the outcomes Go's
 * runtime allows, every one of them (a single run of real Go shows one), and a wrong machine changes a set.
 */
class FastSchedulesTest {
    private static final GoVersion GO123 = new GoVersion(23);
    private static final CoreStmt WAIT = new CoreStmt.Wait();

    private static CoreProgram program(List<CoreStmt> main, List<CoreStmt> f1) {
        return new CoreProgram(List.of(new CoreFunction(ResultKind.NONE, main), new CoreFunction(ResultKind.NONE, f1)));
    }

    private static Set<String> outcomes(CoreProgram p) {
        FastSuite s = new FastSuite(GO123);
        assertTrue(s.agrees(p), () -> GoPrinter.print(p) + s.disagreements());
        return s.outcomes();
    }

    @Test
    void aWorkersPanicCrashesUnlessMainReturnsFirstAfterItsDone() {
        // real Go 1.23 printed 1, 2 and the panic: main woke on wg.Done() and printed before the crash
        CoreProgram p = program(List.of(new CoreStmt.Go(1), WAIT, new CoreStmt.Print(2)),
                List.of(new CoreStmt.Defer(Guard.PLAIN, new Deferred.PrintlnCall(1)), new CoreStmt.Panic(3)));
        assertEquals(Set.of(
                "stdout [] stderr [1] PANIC_CRASH exit 2 [7, 3, 0, 0]",
                "stdout [] stderr [1 2] PANIC_CRASH exit 2 [7, 3, 0, 0]",
                "stdout [] stderr [1 2] NORMAL_EXIT exit 0"), outcomes(p));
    }

    @Test
    void unsynchronisedPrintsComeInBothOrders() {
        CoreProgram p = program(List.of(new CoreStmt.Go(1), new CoreStmt.Print(1), WAIT), List.of(new CoreStmt.Print(2)));
        assertEquals(Set.of("stdout [] stderr [1 2] NORMAL_EXIT exit 0", "stdout [] stderr [2 1] NORMAL_EXIT exit 0"),
                outcomes(p));
    }

    @Test
    void recoverInMainDoesNotStopAWorkersPanic() {
        CoreProgram p = program(List.of(new CoreStmt.Defer(Guard.PLAIN, new Deferred.Closure(List.of(new CoreStmt.Recover()))),
                new CoreStmt.Go(1), WAIT), List.of(new CoreStmt.Panic(1)));
        assertEquals(Set.of(
                "stdout [] stderr [] PANIC_CRASH exit 2 [7, 1, 0, 0]",
                "stdout [0] stderr [] PANIC_CRASH exit 2 [7, 1, 0, 0]",
                "stdout [0] stderr [] NORMAL_EXIT exit 0"), outcomes(p));
    }

    @Test
    void goexitInAWorkerRunsItsDefersAndSignalsTheWaitGroup() {
        CoreProgram p = program(List.of(new CoreStmt.Go(1), WAIT, new CoreStmt.Print(2)),
                List.of(new CoreStmt.Defer(Guard.PLAIN, new Deferred.PrintlnCall(1)), new CoreStmt.Goexit()));
        assertEquals(Set.of("stdout [] stderr [1 2] NORMAL_EXIT exit 0"), outcomes(p));
    }

    @Test
    void goexitInMainLetsTheWorkersFinishThenDeadlocks() {
        CoreProgram p = program(List.of(new CoreStmt.Go(1), new CoreStmt.Goexit()), List.of(new CoreStmt.Print(1)));
        assertEquals(Set.of("stdout [] stderr [1] GOEXIT_DEADLOCK exit 2"), outcomes(p));
    }

    @Test
    void aWorkerWaitingForItselfIsAsleepOnceMainHasGone() {
        CoreProgram gone = program(List.of(new CoreStmt.Go(1), new CoreStmt.Goexit()), List.of(WAIT));
        assertEquals(Set.of("stdout [] stderr [] DEADLOCK exit 2"), outcomes(gone));
        CoreProgram returns = program(List.of(new CoreStmt.Go(1)), List.of(WAIT));
        assertEquals(Set.of("stdout [] stderr [] NORMAL_EXIT exit 0"), outcomes(returns));
    }

    @Test
    void osExitInAWorkerRacesMain() {
        CoreProgram p = program(List.of(new CoreStmt.Go(1), new CoreStmt.Print(1)), List.of(new CoreStmt.Exit(3)));
        assertEquals(Set.of("stdout [] stderr [1] NORMAL_EXIT exit 0", "stdout [] stderr [] OS_EXIT exit 3",
                "stdout [] stderr [1] OS_EXIT exit 3"), outcomes(p));
    }

    @Test
    void mainWaitingAloneIsNotBlocked() {
        CoreProgram p = program(List.of(WAIT, new CoreStmt.Print(1)), List.of());
        assertEquals(Set.of("stdout [] stderr [1] NORMAL_EXIT exit 0"), outcomes(p));
    }

    /**
     * Go 1.13's machines under Go 1.19's abstract semantics: a worker's helper recovers a panic raised during
     * its Goexit (golang/go issue 29226). Since 1.14 the Goexit goes on and the worker prints nothing; Go 1.13's
     * Goexit is lost, the helper returns and the worker prints 1. The set of outcomes differs, so it is caught;
     * the right machines are not.
     */
    @Test
    void aWrongMachineChangesAGoroutineProgramsOutcomes() {
        CoreProgram p = new CoreProgram(List.of(
                new CoreFunction(ResultKind.NONE, List.of(new CoreStmt.Go(1), WAIT)),
                new CoreFunction(ResultKind.NONE, List.of(new CoreStmt.Call(2), new CoreStmt.Print(1))),
                new CoreFunction(ResultKind.NONE, List.of(
                        new CoreStmt.Defer(Guard.PLAIN, new Deferred.Closure(List.of(new CoreStmt.Recover()))),
                        new CoreStmt.Defer(Guard.PLAIN, new Deferred.PanicCall(1)), new CoreStmt.Goexit()))));
        FastSuite right = new FastSuite(new GoVersion(19));
        assertTrue(right.agrees(p), right::disagreements);
        assertEquals(Set.of("stdout [1] stderr [] NORMAL_EXIT exit 0"), right.outcomes());
        FastSuite wrong = FastSuite.withMachinesOf(new GoVersion(19), new GoVersion(13));
        assertFalse(wrong.agrees(p));
        assertTrue(wrong.disagreements().contains("heap (a goroutine's run differs): [stdout [1] stderr [1] NORMAL_EXIT exit 0]"),
                wrong::disagreements);
    }
}

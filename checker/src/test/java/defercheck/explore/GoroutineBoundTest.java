package defercheck.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreLowering;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.coreprogram.GoPrinter;
import defercheck.coreprogram.Guard;
import defercheck.coreprogram.ResultKind;
import defercheck.fast.ReferenceEncoding;
import defercheck.runtime.Comparison;
import defercheck.runtime.MachineRun;
import defercheck.source.GoVersion;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The goroutine bounds: exact counts, the rank bijection, every schedule of every program compared on every
 * machine of two Go versions, and the model's own goroutines (the reference machines, on their default
 * schedule) landing among the outcomes of the schedules.
 */
class GoroutineBoundTest {

    @Test
    void countsArePinned() {
        assertEquals(11_705L, new ProgramSpace(Bound.TINY_GO).size());
        assertEquals(10_666_166L, new ProgramSpace(Bound.SMALL_GO).size());
        assertEquals(Bound.TINY_GO, Bound.named("f1s2d1l1v1n3-noconds-go"));
        assertEquals("f1s2d1l1v1n2-noconds-go", Bound.TINY_GO.withSize(2).name());
    }

    @Test
    void ranksRoundTrip() {
        ProgramSpace space = new ProgramSpace(Bound.TINY_GO);
        int withGoroutines = 0;
        for (long r = 0; r < space.size(); r++) {
            CoreProgram p = space.program(r);
            assertEquals(r, space.rank(p));
            withGoroutines += p.hasGoroutines() ? 1 : 0;
        }
        assertEquals(3_951, withGoroutines, "programs with go or wg.Wait");
    }

    @Test
    void everyScheduleAgreesOnEveryMachine() throws IOException {
        for (int minor : new int[] {13, 19, 23}) {
            MachineSuite suite = new MachineSuite(new GoVersion(minor), null);
            Explorer e = new Explorer(Bound.TINY_GO, () -> Engine.FAST.check(suite), 2, false);
            Summary s = e.run(0, 11_705, null, null, Progress.NONE, suite.names());
            assertEquals(11_705L, s.programs());
            assertEquals(0L, s.divergences(), "Go 1." + minor);
            assertEquals(9_305L, e.schedules(), "schedules of Go 1." + minor);
        }
    }

    /** Every 8th program with goroutines: the model's machines agree on their schedule, and it is one of the set. */
    @Test
    void theModelsScheduleIsAmongTheOutcomes() {
        MachineSuite suite = new MachineSuite(new GoVersion(23), null);
        ProgramCheck check = Engine.REFERENCE.check(suite);
        ProgramSpace space = new ProgramSpace(Bound.TINY_GO);
        int n = 0;
        for (long r = 0; r < space.size(); r++) {
            CoreProgram p = space.program(r);
            if (p.hasGoroutines() && n++ % 8 == 0) {
                assertTrue(check.agrees(p), () -> GoPrinter.print(p));
            }
        }
        assertTrue(check.schedules() > 0);
    }

    @Test
    void theModelsScheduleIsSpelledAsTheSchedulesAre() {
        CoreProgram p = new CoreProgram(List.of(
                new CoreFunction(ResultKind.NONE, List.of(new CoreStmt.Go(1), new CoreStmt.Wait(), new CoreStmt.Print(2))),
                new CoreFunction(ResultKind.NONE, List.of(new CoreStmt.Defer(Guard.PLAIN, new Deferred.PrintlnCall(1)),
                        new CoreStmt.Panic(3)))));
        GoVersion v = new GoVersion(23);
        MachineRun run = Comparison.runMachine(CoreLowering.lower(p, v, null), v, MachineSuite.LIMITS,
                Comparison.applicableMachines(CoreLowering.lower(p, v, null), v).get(0));
        // the model's default schedule keeps the worker running after wg.Done(): it crashes before main wakes
        assertEquals("stdout [] stderr [1] PANIC_CRASH exit 2 [7, 3, 0, 0]", ReferenceEncoding.outcomeKey(run));
    }
}

package defercheck.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.coreprogram.GoPrinter;
import defercheck.coreprogram.Guard;
import defercheck.coreprogram.ResultKind;
import defercheck.source.GoVersion;
import defercheck.toolchain.GoToolchain;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every adapter's crash-text rules and quirks, on the texts the implementations print (copied from runs of
 * gc 1.23.5, gccgo 12.2.0 and yaegi 0.14.3 on this machine), without running them.
 */
class AdapterRulesTest {
    static final GcAdapter GC = new GcAdapter(new GoToolchain(23, Path.of("/nonexistent")), "go1.23.5",
            new GoVersion(23), "test", null);
    static final GccgoAdapter GCCGO = new GccgoAdapter(Path.of("/nonexistent/gccgo"), "12.2.0", new GoVersion(18),
            "test");
    static final YaegiAdapter YAEGI = new YaegiAdapter(Path.of("/nonexistent/yaegi"), "0.14.3", new GoVersion(19),
            "test");

    @Test
    void gcKeepsWhatPrecedesTheGoroutineDumpAndMasksAddresses() {
        String crash = "1\npanic: 1 [recovered]\n\tpanic: 2\n\ngoroutine 1 [running]:\nmain.main.func1()\n"
                + "\t/tmp/prog.go:6 +0x31\npanic({0x45c0c0, 0x47b850})\n";
        assertEquals("1\npanic: 1 [recovered]\n\tpanic: 2\n\n", CrashRule.normalize(GC.crashRules(), crash));
        assertEquals("panic: main.T{p:(*int)(0x?)}\n\n",
                CrashRule.GC_DUMP.apply("panic: main.T{p:(*int)(0xc000012345)}\n\ngoroutine 1 [running]:\n"));
        assertEquals("fatal error: stack overflow\n\n", CrashRule.GC_DUMP.apply(
                "fatal error: stack overflow\n\nruntime stack:\nruntime.throw({0xec3541?, 0x156b8e0?})\n"));
    }

    @Test
    void gccgosPanicDumpIsCutLikeGcs() {
        String crash = "panic: 1\n\tpanic: 2\n\ngoroutine 1 [running]:\nmain.main..func1\n\t/tmp/s.go:5\npanic\n"
                + "\t../../../src/libgo/go/runtime/panic.go:714\n";
        assertEquals("panic: 1\n\tpanic: 2\n\n", CrashRule.normalize(GCCGO.crashRules(), crash));
    }

    @Test
    void gccgosRuntimeStackAfterTheGoexitDeadlockGoesWithItsEmptyLine() {
        String crash = "1\nfatal error: no goroutines (main called runtime.Goexit) - deadlock!\n\nruntime stack:\n"
                + "runtime_mstart\n\t../../../src/libgo/runtime/proc.c:596\n";
        String gc = "1\nfatal error: no goroutines (main called runtime.Goexit) - deadlock!\n";
        assertEquals(gc, CrashRule.normalize(GCCGO.crashRules(), crash));
        assertNotEquals(gc, CrashRule.GC_DUMP.apply(crash), "gc's rule alone keeps the empty line");
        assertEquals("panic: 1\n\n", GccgoAdapter.FATAL_RUNTIME_STACK.apply("panic: 1\n\n"), "nothing else changes");
    }

    @Test
    void yaegisPanicPositionAndTheInterpretersDumpGo() {
        String crash = "batch.go:512:3: panic\nrun: 2\ngoroutine 1 [running]:\nruntime/debug.Stack()\n"
                + "\truntime/debug/stack.go:24 +0x65\n";
        assertEquals("run: 2\n", CrashRule.normalize(YAEGI.crashRules(), crash));
        assertEquals("1\n", YaegiAdapter.PANIC_POSITION.apply("1\n"), "printed values stay");
        assertEquals("run: os.Exit(3)\n", CrashRule.normalize(YAEGI.crashRules(),
                "t.go:6:8: panic\nrun: os.Exit(3)\ngoroutine 1 [running]:\n"));
    }

    /** main: defer println(1); println(2); panic(3) under yaegi's Go 1.19. */
    private static CaseCheck.ModelRuns deferPrintlnThenPanic() {
        CoreProgram p = new CoreProgram(List.of(new CoreFunction(ResultKind.NONE, List.of(
                new CoreStmt.Defer(Guard.PLAIN, new Deferred.PrintlnCall(1)), new CoreStmt.Print(2),
                new CoreStmt.Panic(3)))));
        return new CaseCheck(YAEGI).model(p, GoPrinter.print(p));
    }

    @Test
    void yaegisQuirksTurnGcsPresentationIntoYaegis() {
        CaseCheck.ModelRuns m = deferPrintlnThenPanic();
        CaseResult.Observed gc = CaseCheck.observed(m.real(), "");
        assertEquals(new CaseResult.Observed(2, "", "2\n1\npanic: 3\n\n", gc.rawStderr(), ""), gc);
        Set<String> used = new LinkedHashSet<>();
        CaseResult.Observed y = new CaseCheck(YAEGI).present(gc, m.real(), used);
        assertEquals(List.of("println-to-stdout", "panic-exit-1", "panic-report"), List.copyOf(used));
        assertEquals(1, y.exit());
        assertEquals("2\n1\n", y.stdout());
        assertEquals("run: 3\n", y.stderr());
    }

    @Test
    void eachYaegiQuirkChangesOnlyItsOwnPart() {
        CaseCheck.ModelRuns m = deferPrintlnThenPanic();
        CaseResult.Observed gc = CaseCheck.observed(m.real(), "");
        CaseResult.Observed moved = YaegiAdapter.PRINTLN_TO_STDOUT.present(gc, m.real());
        assertEquals(List.of(2, "2\n1\n", "panic: 3\n\n"), List.of(moved.exit(), moved.stdout(), moved.stderr()));
        CaseResult.Observed exit = YaegiAdapter.PANIC_EXIT_1.present(gc, m.real());
        assertEquals(List.of(1, "", "2\n1\npanic: 3\n\n"), List.of(exit.exit(), exit.stdout(), exit.stderr()));
        CaseResult.Observed report = YaegiAdapter.PANIC_REPORT.present(gc, m.real());
        assertEquals(List.of(2, "", "2\n1\nrun: 3\n"), List.of(report.exit(), report.stdout(), report.stderr()));
        CaseResult.Observed nested = YaegiAdapter.PANIC_REPORT.present(new CaseResult.Observed(2, "",
                "panic: 1 [recovered]\n\tpanic: 2\n\n", "", ""), m.real());
        assertEquals("run: 2\n", nested.stderr(), "only the newest panic");
    }

    @Test
    void yaegisQuirksLeaveOtherEndingsAlone() {
        CoreProgram exit = new CoreProgram(List.of(new CoreFunction(ResultKind.NONE, List.of(new CoreStmt.Exit(2)))));
        CaseCheck.ModelRuns m = new CaseCheck(YAEGI).model(exit, GoPrinter.print(exit));
        CaseResult.Observed gc = CaseCheck.observed(m.real(), "");
        Set<String> used = new LinkedHashSet<>();
        assertEquals(gc, new CaseCheck(YAEGI).present(gc, m.real(), used), "os.Exit(2) is no panic");
        assertEquals(Set.of(), used);
    }

    @Test
    void gcAndGccgoDeclareNoQuirks() {
        assertEquals(List.of(), GC.quirks());
        assertEquals(List.of(), GCCGO.quirks());
    }
}

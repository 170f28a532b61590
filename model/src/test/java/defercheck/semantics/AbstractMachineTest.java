package defercheck.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Behaviour the real-Go corpus cannot pin: versions without a toolchain here (1.12, 1.13), the model's
 * budgets, and events. Everything else is checked against real binaries in the conformance corpus.
 */
class AbstractMachineTest {

    static Outcome run(String src, int minor, Limits limits, MachineListener listener) {
        GoVersion v = new GoVersion(minor);
        Compilation c = Frontend.compile(new SourceFile("prog.go", src), v);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return new AbstractMachine(c.program(), v, limits, listener).run();
    }

    static Outcome run(String src, int minor) {
        return run(src, minor, Limits.DEFAULT, MachineListener.NONE);
    }

    private static final String GOEXIT_THEN_RECOVERED_PANIC = """
            package main
            import ("fmt"; "runtime")
            func g() {
            \tdefer func() { recover() }()
            \tdefer func() { panic("in defer") }()
            \truntime.Goexit()
            }
            func main() {
            \tg()
            \tfmt.Println("after g: Goexit was aborted")
            }
            """;

    @Test
    void before114ARecoveredPanicAbortsGoexit() {
        Outcome o = run(GOEXIT_THEN_RECOVERED_PANIC, 13);
        assertEquals("after g: Goexit was aborted\n", o.stdout());
        assertEquals(0, o.exitCode());
    }

    @Test
    void from114GoexitSurvivesARecoveredPanic() {
        Outcome o = run(GOEXIT_THEN_RECOVERED_PANIC, 14);
        assertEquals("", o.stdout());
        assertEquals("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n", o.stderr());
        assertEquals(2, o.exitCode());
    }

    /** Found by `explore --bound medium --go 1.12`: the abstract semantics and the heap machine disagreed. */
    private static final String DEFER_RECOVER_DURING_GOEXIT_IN_A_DEFERRED_CALL = """
            package main
            import "runtime"
            func main() {
            \tdefer func() {
            \t\tdefer recover()
            \t\truntime.Goexit()
            \t}()
            \tdefer panic(1)
            }
            """;

    private static List<String> recoverResults(String src, int minor) {
        List<String> results = new ArrayList<>();
        run(src, minor, Limits.DEFAULT, (e, m) -> {
            if (e instanceof Event.RecoverCalled r) {
                results.add(r.result() + " (" + r.why() + ")");
            }
        });
        return results;
    }

    @Test
    void before114RecoverDuringGoexitSeesThePanicBelow() {
        assertEquals(List.of("1 (recovers panic #1)"), recoverResults(DEFER_RECOVER_DURING_GOEXIT_IN_A_DEFERRED_CALL, 13));
        assertEquals(List.of("nil (Goexit is running, not a panic)"),
                recoverResults(DEFER_RECOVER_DURING_GOEXIT_IN_A_DEFERRED_CALL, 14));
        assertEquals(2, run(DEFER_RECOVER_DURING_GOEXIT_IN_A_DEFERRED_CALL, 12).exitCode(), "Goexit still ends main");
    }

    @Test
    void endlessLoopHitsTheStepBudgetWithExit124() {
        Outcome o = run("""
                package main
                func main() {
                \tfor {
                \t}
                }
                """, 23, new Limits(10_000, 100),
                MachineListener.NONE);
        assertEquals(Outcome.Kind.STEP_LIMIT, o.kind());
        assertEquals(124, o.exitCode());
        assertTrue(o.stderr().contains("step limit exceeded") && o.stderr().contains("not Go behaviour"), o.stderr());
    }

    @Test
    void runawayRecursionIsGosStackOverflow() {
        Outcome o = run("""
                package main
                func f(n int) int {
                \tdefer println("never")
                \treturn f(n+1) + 1
                }
                func main() {
                \tprintln(f(0))
                }
                """, 23, new Limits(10_000_000, 1000), MachineListener.NONE);
        assertEquals(2, o.exitCode());
        assertEquals("runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0x? stack=[0x?, 0x?]\n"
                + "fatal error: stack overflow\n\n", StderrNormalizer.normalize(o.stderr()));
    }

    @Test
    void printlnOfInterfacesPrintsAddressesLikeTheRuntime() {
        Outcome o = run("""
                package main
                func main() {
                \tvar e error
                \tvar a any = 1
                \tvar f func()
                \tprintln(e, a, f)
                }
                """, 23);
        assertEquals("(0x0,0x0) (0x?,0x?) 0x0\n", o.stderr().replaceAll("0x[1-9a-f][0-9a-f]*", "0x?"));
    }

    @Test
    void observableEventsNameDeferSitesAndInstances() {
        List<String> started = new ArrayList<>();
        run("""
                package main
                func main() {
                \tfor i := 0; i < 2; i++ {
                \t\tdefer println(i)
                \t}
                \tdefer println("x")
                }
                """, 23, Limits.DEFAULT, (e, m) -> {
                    if (e instanceof Event.DeferredCallStarted d) {
                        started.add(d.site() + "#" + d.instance());
                    }
                });
        assertEquals(List.of("1#0", "0#1", "0#0"), started);
    }
}

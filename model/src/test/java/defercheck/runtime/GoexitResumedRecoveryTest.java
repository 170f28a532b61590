package defercheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.ir.Program;
import defercheck.semantics.Event;
import defercheck.semantics.Limits;
import defercheck.semantics.AbstractMachine;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LegacyRuntime's jump back into a Goexit loop (gopanic's 1.14 check of p.link) explains itself in traces
 * with the same Recovery event the abstract semantics emits for rule 5's "Goexit resumes".
 */
class GoexitResumedRecoveryTest {

    /**
     * Goexit in f runs f's {@code defer panic(1)}; g's deferred closure, run by that panic, recovers it.
     * The recovery would unwind past f's Goexit, so from 1.14 the Goexit resumes (rule 5 of docs/semantics.md).
     */
    private static final String RECOVERED_PANIC_BELOW_GOEXIT = """
            package main
            import ("fmt"; "runtime")
            func f() {
            \tdefer panic(1)
            \truntime.Goexit()
            }
            func g() {
            \tdefer func() { fmt.Println(recover()) }()
            \tf()
            }
            func main() {
            \tg()
            \tfmt.Println("after g: Goexit was aborted")
            }
            """;

    private static Program compile(GoVersion v) {
        Compilation c = Frontend.compile(new SourceFile("prog.go", RECOVERED_PANIC_BELOW_GOEXIT), v);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return c.program();
    }

    private static List<Event.Recovery> abstractRecoveries(Program p, GoVersion v) {
        List<Event.Recovery> out = new ArrayList<>();
        new AbstractMachine(p, v, Limits.DEFAULT, (e, machine) -> collect(e, out)).run();
        return out;
    }

    private static List<Event.Recovery> machineRecoveries(Program p, GoVersion v, MachineConfig c) {
        List<Event.Recovery> out = new ArrayList<>();
        new RuntimeMachine(p, v, Limits.DEFAULT, c, (e, machine) -> collect(e, out)).run();
        return out;
    }

    private static void collect(Event e, List<Event.Recovery> out) {
        if (e instanceof Event.Recovery r) {
            out.add(r);
        }
    }

    /** What every machine must agree on about a recovery: whether Goexit resumed, and how many panics went. */
    private static List<String> kinds(List<Event.Recovery> recoveries) {
        List<String> out = new ArrayList<>();
        for (Event.Recovery r : recoveries) {
            out.add((r.goexitResumed() ? "Goexit resumes" : "frame returns") + ", dropping " + r.dropped().size());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {14, 17, 19, 21})
    void heapStackAndOpenEmitGoexitResumesWhereTheAbstractSemanticsDoes(int minor) {
        GoVersion v = new GoVersion(minor);
        Program p = compile(v);
        List<String> expected = kinds(abstractRecoveries(p, v));
        assertEquals(List.of("Goexit resumes, dropping 1"), expected);
        for (MachineConfig c : Comparison.applicableMachines(p, v)) {
            List<Event.Recovery> got = machineRecoveries(p, v, c);
            assertEquals(expected, kinds(got), c.name());
            assertTrue(got.get(0).dropped().get(0).contains(" recovered"), () -> c.name() + ": " + got);
        }
    }

    /**
     * Before 1.14 the recovery aborts the Goexit and g returns, so no machine may claim a resumed Goexit.
     * Only the flag is compared: the abstract semantics drops its Goexit record too, while the runtime had
     * no _panic for Goexit to drop.
     */
    @ParameterizedTest
    @ValueSource(ints = {12, 13})
    void beforeGo114TheRecoveryReturnsFromGOnEveryMachine(int minor) {
        GoVersion v = new GoVersion(minor);
        Program p = compile(v);
        List<Boolean> expected = goexitResumed(abstractRecoveries(p, v));
        assertEquals(List.of(false), expected);
        for (MachineConfig c : Comparison.applicableMachines(p, v)) {
            assertEquals(expected, goexitResumed(machineRecoveries(p, v, c)), c.name());
        }
    }

    private static List<Boolean> goexitResumed(List<Event.Recovery> recoveries) {
        List<Boolean> out = new ArrayList<>();
        recoveries.forEach(r -> out.add(r.goexitResumed()));
        return out;
    }
}

package defercheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.ir.Program;
import defercheck.semantics.Event;
import defercheck.semantics.Frame;
import defercheck.semantics.FrameSnapshot;
import defercheck.semantics.Goroutine;
import defercheck.semantics.Limits;
import defercheck.semantics.Machine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.semantics.Snapshot;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one machine contract, held by the abstract semantics and every strategy machine alike: a listener sees the
 * running goroutine (main's, goid 1) in the same terms on every machine, its frames outermost first and its
 * panics oldest first; the snapshot lists the same frames innermost first; stepping by hand ends where run() ends.
 */
class MachineContractTest {
    /** Nested panics, a recovery, a deferred builtin and a named result: every kind of frame and panic. */
    private static final String PROGRAM = """
            package main
            import "fmt"
            func inner() {
            \tdefer println("inner deferred")
            \tpanic("second")
            }
            func f() (r int) {
            \tdefer func() { fmt.Println(recover()); r = 7 }()
            \tdefer inner()
            \tpanic("first")
            }
            func main() {
            \tfmt.Println(f())
            }
            """;

    private static final GoVersion[] VERSIONS = {new GoVersion(19), GoVersion.DEFAULT};

    private static Program compile(GoVersion v) {
        Compilation c = Frontend.compile(new SourceFile("prog.go", PROGRAM), v);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return c.program();
    }

    /** The abstract semantics (null) and every machine that applies to the version. */
    private static List<MachineConfig> machines(Program p, GoVersion v) {
        List<MachineConfig> out = new ArrayList<>();
        out.add(null);
        out.addAll(Comparison.applicableMachines(p, v));
        return out;
    }

    @Test
    void everyMachineShowsItsOneGoroutineTheSameWay() {
        for (GoVersion v : VERSIONS) {
            Program p = compile(v);
            for (MachineConfig c : machines(p, v)) {
                String name = c == null ? "abstract" : c.name();
                List<Integer> maxPanics = new ArrayList<>(List.of(0));
                MachineListener check = (event, m) -> {
                    Goroutine g = m.running();
                    assertEquals(List.of(g), m.goroutines(), name);
                    assertEquals(1, g.id(), name);
                    List<Frame> frames = g.frames();
                    Snapshot s = m.snapshot();
                    assertEquals(frames.size(), s.frames().size(), name + " at " + event.describe());
                    for (int i = 0; i < frames.size(); i++) {
                        assertEquals(frames.get(i).depth(), i, name);
                        FrameSnapshot fs = s.frames().get(frames.size() - 1 - i);
                        assertEquals(frames.get(i).name(), fs.function(), name + " at " + event.describe());
                    }
                    if (!frames.isEmpty()) {
                        assertEquals("main.main", frames.get(0).name(), name);
                    }
                    for (int i = 1; i < g.panics().size(); i++) {
                        assertTrue(g.panics().get(i - 1).serial() < g.panics().get(i).serial(), name + ": oldest first");
                    }
                    maxPanics.set(0, Math.max(maxPanics.get(0), g.panics().size()));
                    assertEquals(c == null, s.chain() == null, name + ": only a runtime has a chain");
                };
                Outcome o = Machines.create(p, v, Limits.DEFAULT, c, check).run();
                assertEquals("second\n7\n", o.stdout(), name);
                assertEquals("inner deferred\n", o.stderr(), name);
                assertEquals(Outcome.Kind.NORMAL_EXIT, o.kind(), name);
                assertEquals(2, maxPanics.get(0), name + ": both panics were live at once");
            }
        }
    }

    @Test
    void steppingByHandEndsWhereRunEnds() {
        GoVersion v = GoVersion.DEFAULT;
        Program p = compile(v);
        for (MachineConfig c : machines(p, v)) {
            Outcome run = Machines.create(p, v, Limits.DEFAULT, c, MachineListener.NONE).run();
            Machine m = Machines.create(p, v, Limits.DEFAULT, c, MachineListener.NONE);
            assertNull(m.outcome());
            long steps = 0;
            while (m.step()) {
                steps++;
            }
            assertFalse(m.step(), "a machine that has ended takes no more steps");
            assertNotNull(m.outcome());
            assertEquals(steps + 1, m.steps());
            assertTrue(new MachineRun("run", run, null).sameObservables(new MachineRun("steps", m.outcome(), null)));
            assertEquals(run.stderr(), m.outcome().stderr());
        }
    }

    @Test
    void outputCallsAndLinesNeverChangeTheSnapshot() {
        GoVersion v = GoVersion.DEFAULT;
        Program p = compile(v);
        for (MachineConfig c : machines(p, v)) {
            List<Event> shown = new ArrayList<>();
            Machine[] told = new Machine[1];
            Machine machine = Machines.create(p, v, Limits.DEFAULT, c, (event, m) -> {
                told[0] = m;
                if (m.changesSnapshot(event)) {
                    shown.add(event);
                }
            });
            machine.run();
            assertSame(machine, told[0], "the listener is told the machine itself");
            assertFalse(shown.isEmpty());
            for (Event e : shown) {
                assertFalse(e instanceof Event.Output || e instanceof Event.Called || e instanceof Event.LineReached,
                        e.describe());
            }
        }
    }
}

package defercheck.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.coreprogram.CoreLowering;
import defercheck.coreprogram.CoreProgram;
import defercheck.ir.Program;
import defercheck.runtime.Comparison;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.MachineRun;
import defercheck.runtime.RuntimeMachine;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The explorer's shortcuts never change an answer. They are checked here against the plain way of doing
 * the same thing, over every program of {@code tiny} and a random sample of {@code medium}, for a version
 * of each panic runtime:
 * <ul>
 *   <li>machines run without a listener skip the non-observable events: observables equal a traced run's;</li>
 *   <li>{@link Comparison} reuses the run of an earlier machine with the same plans: every run's
 *       observables and cost equal those of that machine run on its own;</li>
 *   <li>{@link MachineRun#sameObservables} answers exactly as comparing {@link MachineRun#observables()}.</li>
 * </ul>
 */
class ExplorerShortcutsTest {
    private static final List<GoVersion> VERSIONS = List.of(new GoVersion(12), new GoVersion(13),
            new GoVersion(19), new GoVersion(23));

    @Test
    void everyTinyProgram() {
        ProgramSpace space = new ProgramSpace(Bound.TINY);
        for (long r = 0; r < space.size(); r++) {
            checkAllVersions(space.program(r));
        }
    }

    @Test
    void randomMediumPrograms() {
        ProgramSpace space = new ProgramSpace(Bound.MEDIUM);
        SplittableRandom rnd = new SplittableRandom(20261128);
        for (int i = 0; i < 4000; i++) {
            checkAllVersions(space.program(rnd.nextLong(space.size())));
        }
    }

    private static void checkAllVersions(CoreProgram core) {
        for (GoVersion v : VERSIONS) {
            Program p = CoreLowering.lower(core, v, "");
            check(p, v, Comparison.applicableMachines(p, v));
        }
    }

    private static void check(Program p, GoVersion v, List<MachineConfig> machines) {
        Comparison fast = Comparison.run(p, v, MachineSuite.LIMITS, machines);
        Outcome traced = new AbstractMachine(p, v, MachineSuite.LIMITS, (e, m) -> { }).run();
        List<String> ref = new MachineRun("abstract", traced, null).observables();
        assertEquals(ref, fast.reference().observables(), () -> "abstract, untraced\n" + p);
        List<MachineRun> plain = new ArrayList<>();
        boolean allAgree = true;
        for (MachineConfig c : machines) {
            RuntimeMachine m = new RuntimeMachine(p, v, MachineSuite.LIMITS, c, (e, x) -> { });
            MachineRun r = new MachineRun(c.name(), m.run(), m.cost());
            plain.add(r);
            allAgree &= r.observables().equals(ref);
        }
        for (int i = 0; i < machines.size(); i++) {
            MachineRun f = fast.runs().get(i + 1);
            MachineRun q = plain.get(i);
            String name = machines.get(i).name();
            java.util.function.Supplier<String> what = () -> name + " on Go " + v + "\n" + p;
            assertEquals(q.machine(), f.machine(), what);
            assertEquals(q.observables(), f.observables(), what);
            assertEquals(q.cost(), f.cost(), what);
            assertEquals(q.observables().equals(ref), f.sameObservables(fast.reference()), what);
        }
        assertEquals(allAgree, fast.agrees(), () -> "agreement on Go " + v + "\n" + p);
    }
}

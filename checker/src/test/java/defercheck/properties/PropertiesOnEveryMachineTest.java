package defercheck.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.coreprogram.CoreLowering;
import defercheck.coreprogram.CoreProgram;
import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import defercheck.runtime.Comparison;
import defercheck.runtime.MachineConfig;
import defercheck.semantics.DeferredCall;
import defercheck.semantics.Event;
import defercheck.source.GoVersion;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every "always" property holds on every correct machine, over all of tiny and a sample of small: the abstract
 * semantics and each strategy machine (forced heap, stack, open or panic loop, and the real combination) of
 * Go 1.13, 1.19 and 1.23. Every "sometimes" property has a witness there. Each run also hands its starts the
 * very objects its pushes announced, the identity that at-most-once, every-defer-runs and lifo match by.
 */
class PropertiesOnEveryMachineTest {
    private static final List<GoVersion> VERSIONS = List.of(new GoVersion(13), new GoVersion(19), new GoVersion(23));
    /** A prime stride, so the sample of small is spread over its function counts, forms and sizes. */
    private static final long SMALL_STRIDE = Long.getLong("stride", 89);

    @Test
    void alwaysPropertiesHoldAndSometimesPropertiesAreWitnessedOnEveryCorrectMachine() {
        boolean[] witnessed = new boolean[BuiltinProperties.ALL.size()];
        for (Bound b : new Bound[] {Bound.TINY, Bound.SMALL}) {
            ProgramSpace space = new ProgramSpace(b);
            for (long i = 0; i < space.size(); i += b == Bound.TINY ? 1 : SMALL_STRIDE) {
                CoreProgram p = space.program(i);
                for (GoVersion v : VERSIONS) {
                    String at = " on rank " + i + " of " + b.name() + " at go1." + v.minor();
                    check(Run.of(p, v), "abstract" + at, witnessed);
                    for (MachineConfig m : Comparison.applicableMachines(CoreLowering.lower(p, v, null), v)) {
                        check(Run.on(p, v, m), m.name() + at, witnessed);
                    }
                }
            }
        }
        for (int k = 0; k < witnessed.length; k++) {
            Property p = BuiltinProperties.ALL.get(k);
            assertTrue(p.kind() == Property.Kind.ALWAYS || witnessed[k], p.name() + " has no witness");
        }
    }

    private static void check(Run r, String where, boolean[] witnessed) {
        assertStartsArePushedObjects(r, where);
        for (int k = 0; k < witnessed.length; k++) {
            Property p = BuiltinProperties.ALL.get(k);
            boolean holds = p.holds().test(r);
            if (p.kind() == Property.Kind.ALWAYS) {
                assertTrue(holds, () -> p.name() + " fails" + where + ": " + why(p, r));
            } else {
                witnessed[k] |= holds;
            }
        }
    }

    /** Every push is of a fresh call object, and every start is of one of those objects, not an equal copy. */
    private static void assertStartsArePushedObjects(Run r, String where) {
        Set<DeferredCall> pushed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Event e : r.events()) {
            if (e instanceof Event.DeferPushed p) {
                assertTrue(pushed.add(p.deferred()), () -> p.describe() + " pushes an object again" + where);
            } else if (e instanceof Event.DeferredCallStarted d) {
                assertTrue(pushed.contains(d.deferred()),
                        () -> d.describe() + " starts an object never pushed" + where);
            }
        }
    }

    private static String why(Property p, Run r) {
        if (p == BuiltinProperties.RUNS_AT_MOST_ONCE) {
            return DeferStarts.firstRestart(r);
        } else if (p == BuiltinProperties.EVERY_DEFER_RUNS) {
            return DeferStarts.firstNeverStarted(r);
        } else if (p == BuiltinProperties.LIFO) {
            return DeferOrder.firstViolation(r);
        }
        return "see the run's events";
    }
}

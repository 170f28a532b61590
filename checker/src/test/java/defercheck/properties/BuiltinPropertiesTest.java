package defercheck.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.core.CoreFunction;
import defercheck.core.CoreLowering;
import defercheck.core.CoreProgram;
import defercheck.core.Deferred;
import defercheck.core.GoPrinter;
import defercheck.core.Guard;
import defercheck.core.ResultKind;
import defercheck.core.Stmt;
import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import defercheck.runtime.Comparison;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.Mutants;
import defercheck.semantics.Event;
import defercheck.source.GoVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every "always" property holds on all of tiny and a sample of small; every "sometimes" property has a witness
 * there. Each "always" property about order or results fails on a mutant machine that breaks it, on the
 * mutant's smallest counterexample, while the abstract semantics satisfies it on the same program.
 */
class BuiltinPropertiesTest {

    @Test
    void alwaysPropertiesHoldAndSometimesPropertiesAreWitnessed() {
        boolean[] witnessed = new boolean[BuiltinProperties.ALL.size()];
        for (Bound b : new Bound[] {Bound.TINY, Bound.SMALL}) {
            ProgramSpace space = new ProgramSpace(b);
            long step = b == Bound.TINY ? 1 : 13;
            for (long i = 0; i < space.size(); i += step) {
                Run r = Run.of(space.program(i), GoVersion.DEFAULT);
                for (int k = 0; k < witnessed.length; k++) {
                    Property p = BuiltinProperties.ALL.get(k);
                    boolean holds = p.holds().test(r);
                    if (p.kind() == Property.Kind.ALWAYS) {
                        long rank = i;
                        assertTrue(holds, () -> p.name() + " fails on rank " + rank + " of " + b.name());
                    } else {
                        witnessed[k] |= holds;
                    }
                }
            }
        }
        for (int k = 0; k < witnessed.length; k++) {
            Property p = BuiltinProperties.ALL.get(k);
            assertTrue(p.kind() == Property.Kind.ALWAYS || witnessed[k], p.name() + " has no witness");
        }
    }

    private static final GoVersion GO119 = new GoVersion(19);

    /** main defers two empty closures; fifo-chain runs them first-in first-out. */
    @Test
    void lifoFailsWithinAFrameOnTheFifoChainMutant() {
        CoreProgram p = main(defer(new Deferred.Closure(List.of())), defer(new Deferred.Closure(List.of())));
        assertHoldsOnlyOnAbstract(BuiltinProperties.LIFO, p, GO119, "fifo-chain");
    }

    /**
     * main loop-defers twice a closure that defers an empty closure and panic(1). The second closure's panic
     * should run its own empty closure first, but with the synthetic open record appended at the chain tail
     * gopanic starts main's next loop defer while that closure's frame still owes it. main's own order is
     * kept there: the cross-frame half of LIFO is what sees it.
     */
    @Test
    void lifoFailsAcrossFramesOnTheOpenRecordOutOfOrderMutant() {
        Deferred inner = new Deferred.Closure(List.of(defer(new Deferred.Closure(List.of())),
                defer(new Deferred.PanicCall(1))));
        CoreProgram p = main(new Stmt.Defer(Guard.loop(2), inner));
        assertHoldsOnlyOnAbstract(BuiltinProperties.LIFO, p, GO119, "open-record-out-of-order");
        String why = DeferOrder.firstViolation(Run.on(p, GO119, Mutants.byId("open-record-out-of-order").config()));
        assertTrue(why.contains("main.main.func1() @5:3 of main.main starts while main.main.func1, called from it,"
                + " still owes main.main.func1.1() @6:4"), why);
    }

    /**
     * main loop-defers twice a closure that defers an empty closure and panic(1): the first closure's frame
     * is still live (panicking) when main's second deferred call enters the closure again, and each frame runs
     * its own main.main.func1.1 with the same site and instance (instance numbers count per frame). No machine
     * starts a deferred call twice here.
     */
    @Test
    void atMostOnceHoldsWhenTwoLiveFramesOfOneClosureRunTheirOwnCalls() {
        CoreProgram p = twoFramesOfOneClosure();
        Run reference = Run.of(p, GO119);
        List<String> inner = reference.all(Event.DeferredCallStarted.class).stream()
                .filter(d -> d.call().startsWith("main.main.func1.1("))
                .map(d -> d.frame() + " site " + d.site() + " #" + d.instance()).toList();
        assertEquals(List.of("main.main.func1 site 0 #0", "main.main.func1 site 0 #0"), inner);
        assertTrue(BuiltinProperties.RUNS_AT_MOST_ONCE.holds().test(reference));
        for (MachineConfig m : Comparison.applicableMachines(reference.program(), GO119)) {
            assertTrue(BuiltinProperties.RUNS_AT_MOST_ONCE.holds().test(Run.on(p, GO119, m)), m.name());
        }
    }

    /**
     * On the same program these mutants break only the order: open-record-out-of-order runs the first
     * frame's main.main.func1.1 after the second frame's, fifo-chain runs the first frame's calls after that
     * frame returned. Each pushed call still starts once, so LIFO fails and at-most-once holds.
     */
    @Test
    void atMostOnceHoldsOnMutantsThatOnlyReorderTheCalls() {
        CoreProgram p = twoFramesOfOneClosure();
        for (String mutant : List.of("open-record-out-of-order", "fifo-chain")) {
            Run r = Run.on(p, GO119, Mutants.byId(mutant).config());
            assertFalse(BuiltinProperties.LIFO.holds().test(r), mutant + " keeps LIFO order");
            assertTrue(BuiltinProperties.RUNS_AT_MOST_ONCE.holds().test(r), mutant);
        }
    }

    /** main defers panic(1) twice; started-ignored runs the first panic's call again for the second panic. */
    @Test
    void atMostOnceFailsWhenAPanicRestartsAStartedCall() {
        CoreProgram p = main(defer(new Deferred.PanicCall(1)), defer(new Deferred.PanicCall(1)));
        assertHoldsOnlyOnAbstract(BuiltinProperties.RUNS_AT_MOST_ONCE, p, GO119, "started-ignored");
        assertEquals("prog.go:4:2: panic(1) @4:2 starts again: no call of main.main at site 0 #0 is pushed and"
                + " not yet started", DeferStarts.firstRestart(Run.on(p, GO119, Mutants.byId("started-ignored").config())));
    }

    /**
     * bit-cleared-after-call runs a panicking open-coded call again: on main's lone defer panic(1), and on
     * the two frames of one closure, where the restart must not pass for the other frame's call.
     */
    @Test
    void atMostOnceFailsWhenAnOpenCodedBitIsClearedTooLate() {
        CoreProgram lone = main(defer(new Deferred.PanicCall(1)));
        assertHoldsOnlyOnAbstract(BuiltinProperties.RUNS_AT_MOST_ONCE, lone, GO119, "bit-cleared-after-call");
        assertHoldsOnlyOnAbstract(BuiltinProperties.RUNS_AT_MOST_ONCE, twoFramesOfOneClosure(), GO119,
                "bit-cleared-after-call");
    }

    /** Every strategy machine of Go 1.19 (heap, stack, open and the real mix) over all of tiny. */
    @Test
    void atMostOnceHoldsOnEveryStrategyMachineOverTiny() {
        ProgramSpace space = new ProgramSpace(Bound.TINY);
        for (long i = 0; i < space.size(); i++) {
            CoreProgram p = space.program(i);
            for (MachineConfig m : Comparison.applicableMachines(CoreLowering.lower(p, GO119, null), GO119)) {
                String restart = DeferStarts.firstRestart(Run.on(p, GO119, m));
                long rank = i;
                assertNull(restart, () -> m.name() + " on rank " + rank + " of tiny");
            }
        }
    }

    /** f1 (r int): r = 1, then a recovered deferred panic; results-not-written-back returns 0. */
    @Test
    void namedResultFailsWhenRecoveryDropsTheWrite() {
        CoreProgram p = callF1(ResultKind.NAMED, new Stmt.SetResult(1), recoverCloser(), defer(new Deferred.PanicCall(1)));
        assertHoldsOnlyOnAbstract(BuiltinProperties.NAMED_RESULT_VISIBLE, p, GoVersion.DEFAULT, "results-not-written-back");
        assertTrue(BuiltinProperties.UNNAMED_RESULT_KEPT.holds().test(Run.of(p, GoVersion.DEFAULT)));
    }

    /** f1 int: return r (1) fills the slot before a recovered deferred panic; results-not-written-back returns 0. */
    @Test
    void unnamedResultFailsWhenRecoveryZeroesTheSlot() {
        CoreProgram p = callF1(ResultKind.UNNAMED, new Stmt.SetResult(1), recoverCloser(), defer(new Deferred.PanicCall(1)));
        assertHoldsOnlyOnAbstract(BuiltinProperties.UNNAMED_RESULT_KEPT, p, GoVersion.DEFAULT, "results-not-written-back");
    }

    /** A deferred closure that writes r after return: the named result changes, the unnamed one does not. */
    @Test
    void deferredWritesReachNamedResultsOnly() {
        Stmt write = defer(new Deferred.Closure(List.of(new Stmt.SetResult(2))));
        Run named = Run.of(callF1(ResultKind.NAMED, write, new Stmt.Return(1)), GoVersion.DEFAULT);
        Run unnamed = Run.of(callF1(ResultKind.UNNAMED, write, new Stmt.Return(1)), GoVersion.DEFAULT);
        assertEquals("2\n", named.outcome().stderr());
        assertEquals("1\n", unnamed.outcome().stderr());
        for (Run r : List.of(named, unnamed)) {
            assertTrue(BuiltinProperties.NAMED_RESULT_VISIBLE.holds().test(r));
            assertTrue(BuiltinProperties.UNNAMED_RESULT_KEPT.holds().test(r));
        }
        assertTrue(BuiltinProperties.DEFERRED_WRITE_SEEN.holds().test(named));
        assertFalse(BuiltinProperties.DEFERRED_WRITE_SEEN.holds().test(unnamed));
    }

    private static void assertHoldsOnlyOnAbstract(Property property, CoreProgram p, GoVersion v, String mutant) {
        String source = GoPrinter.print(p);
        assertTrue(property.holds().test(Run.of(p, v)), property.name() + " fails on the abstract semantics:\n" + source);
        assertFalse(property.holds().test(Run.on(p, v, Mutants.byId(mutant).config())),
                property.name() + " misses mutant " + mutant + " on\n" + source);
    }

    private static CoreProgram twoFramesOfOneClosure() {
        Deferred closure = new Deferred.Closure(List.of(defer(new Deferred.Closure(List.of())),
                defer(new Deferred.PanicCall(1))));
        return main(new Stmt.Defer(Guard.loop(2), closure));
    }

    private static CoreProgram main(Stmt... body) {
        return new CoreProgram(List.of(new CoreFunction(ResultKind.NONE, List.of(body))));
    }

    private static CoreProgram callF1(ResultKind kind, Stmt... body) {
        return new CoreProgram(List.of(new CoreFunction(ResultKind.NONE, List.of(new Stmt.Call(1))),
                new CoreFunction(kind, List.of(body))));
    }

    private static Stmt defer(Deferred what) {
        return new Stmt.Defer(Guard.PLAIN, what);
    }

    private static Stmt recoverCloser() {
        return defer(new Deferred.Closure(List.of(new Stmt.Recover())));
    }
}

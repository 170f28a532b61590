package defercheck.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreLowering;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.coreprogram.GoPrinter;
import defercheck.coreprogram.Guard;
import defercheck.coreprogram.ResultKind;
import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import defercheck.runtime.Comparison;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.Mutants;
import defercheck.semantics.DeferredCall;
import defercheck.semantics.Event;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every "always" property holds on the abstract semantics over all of tiny and a sample of small; every
 * "sometimes" property has a witness there ({@link PropertiesOnEveryMachineTest} does the same on every strategy
 * machine). Each "always" property about order or results fails on a mutant machine that breaks it, on the
 * mutant's smallest counterexample, while the abstract semantics satisfies it on the same program. The
 * deferred-call properties match starts to pushes by the call object, and catch what matching by function,
 * site and instance could not.
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
        CoreProgram p = main(new CoreStmt.Defer(Guard.loop(2), inner));
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
        assertEquals("prog.go:4:2: panic(1) @4:2 of main.main (site 0 #0) starts again: it already started",
                DeferStarts.firstRestart(Run.on(p, GO119, Mutants.byId("started-ignored").config())));
    }

    /**
     * bit-cleared-after-call runs a panicking open-coded call again: on main's lone defer panic(1), and on
     * the two frames of one closure, where the restart must not pass for the other frame's call. Every pushed
     * call did start, so every-defer-runs holds: the extra start is at-most-once's to report (comparing the
     * numbers of pushes and starts, every-defer-runs used to fail on it instead).
     */
    @Test
    void atMostOnceFailsWhenAnOpenCodedBitIsClearedTooLate() {
        CoreProgram lone = main(defer(new Deferred.PanicCall(1)));
        assertHoldsOnlyOnAbstract(BuiltinProperties.RUNS_AT_MOST_ONCE, lone, GO119, "bit-cleared-after-call");
        assertHoldsOnlyOnAbstract(BuiltinProperties.RUNS_AT_MOST_ONCE, twoFramesOfOneClosure(), GO119,
                "bit-cleared-after-call");
        assertTrue(BuiltinProperties.EVERY_DEFER_RUNS.holds().test(
                Run.on(lone, GO119, Mutants.byId("bit-cleared-after-call").config())));
    }

    /**
     * A run built by hand from the abstract run of the two frames of one closure: the second frame's start of
     * main.main.func1.1 is replaced by a second start of the first frame's call object. Function, site,
     * instance and call text of every push and start stay those of the correct run, and so do the numbers of
     * pushes and starts, so matching starts to pushes by those (as at-most-once did), comparing the numbers
     * (as every-defer-runs did) and finding the frame by name (as lifo did) all passed it. By identity the
     * call starts twice, the other frame's never starts, and the first frame no longer owes it.
     */
    @Test
    void aCallStartedTwiceWhileAnotherFramesSameNumberedCallNeverStartsIsCaught() {
        Run correct = Run.of(twoFramesOfOneClosure(), GO119);
        List<Event> events = new ArrayList<>(correct.events());
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.DeferredCallStarted d && d.call().startsWith("main.main.func1.1(")) {
                starts.add(i);
            }
        }
        assertEquals(2, starts.size());
        Event.DeferredCallStarted first = (Event.DeferredCallStarted) events.get(starts.get(0));
        Event.DeferredCallStarted second = (Event.DeferredCallStarted) events.get(starts.get(1));
        events.set(starts.get(1), new Event.DeferredCallStarted(second.span(), second.site(), second.instance(),
                second.frame(), second.call(), second.reason(), first.deferred()));
        Run forged = new Run(correct.core(), correct.program(), correct.version(), correct.outcome(), events);

        assertEquals(byName(correct), byName(forged));
        for (Property p : List.of(BuiltinProperties.RUNS_AT_MOST_ONCE, BuiltinProperties.EVERY_DEFER_RUNS,
                BuiltinProperties.LIFO)) {
            assertTrue(p.holds().test(correct), p.name());
            assertFalse(p.holds().test(forged), p.name() + " misses the forged run");
        }
        assertEquals("prog.go:6:4: main.main.func1.1() @6:4 of main.main.func1 (site 0 #0) starts again: it already"
                + " started", DeferStarts.firstRestart(forged));
        assertEquals("prog.go:6:4: main.main.func1.1() @6:4 pushed by main.main.func1 (site 0 #0) never starts;"
                + " the run ends: unrecovered panic", DeferStarts.firstNeverStarted(forged));
        assertEquals("prog.go:6:4: main.main.func1.1() @6:4 starts, but main.main.func1 no longer owes it: it"
                + " already started", DeferOrder.firstViolation(forged));
    }

    /**
     * The two frames of one closure each push a panic(1) of the same site and instance: equal records, two
     * objects. The abstract semantics and every strategy machine of Go 1.19 start each object pushed, itself;
     * a map keyed by value would take the two for one call.
     */
    @Test
    void everyMachineStartsThePushedCallObjectsThemselves() {
        CoreProgram p = twoFramesOfOneClosure();
        List<Run> runs = new ArrayList<>(List.of(Run.of(p, GO119)));
        for (MachineConfig m : Comparison.applicableMachines(CoreLowering.lower(p, GO119, null), GO119)) {
            runs.add(Run.on(p, GO119, m));
        }
        for (Run r : runs) {
            List<DeferredCall> pushed = r.all(Event.DeferPushed.class).stream()
                    .filter(e -> e.call().startsWith("panic(")).map(Event.DeferPushed::deferred).toList();
            List<DeferredCall> started = r.all(Event.DeferredCallStarted.class).stream()
                    .filter(e -> e.call().startsWith("panic(")).map(Event.DeferredCallStarted::deferred).toList();
            assertEquals(2, pushed.size());
            assertEquals(pushed.get(0), pushed.get(1));
            assertNotSame(pushed.get(0), pushed.get(1));
            assertEquals(2, started.size());
            assertSame(pushed.get(0), started.get(0));
            assertSame(pushed.get(1), started.get(1));
        }
    }

    /**
     * main defers panic(1) and calls f1, which defers an empty closure. fifo-chain links f1's record behind
     * main's, so f1's deferreturn finds none of its own; main's panic later starts f1's closure and names the
     * frame now at the record's sp, deferwrap(panic). Matched by its object the call's pusher is f1, which has
     * returned: lifo reports the late start, and at-most-once holds, as the call starts once. (By name,
     * at-most-once took it for a restart of a deferwrap(panic) call, and lifo threw for want of a live frame of
     * that name.)
     */
    @Test
    void aCallStartedUnderAnotherFramesNameIsMatchedToItsPusher() {
        CoreProgram p = new CoreProgram(List.of(
                new CoreFunction(ResultKind.NONE, List.of(defer(new Deferred.PanicCall(1)), new CoreStmt.Call(1))),
                new CoreFunction(ResultKind.NONE, List.of(defer(new Deferred.Closure(List.of()))))));
        Run r = Run.on(p, GO119, Mutants.byId("fifo-chain").config());
        assertTrue(r.all(Event.DeferredCallStarted.class).stream().anyMatch(d -> d.frame().equals("deferwrap(panic)")));
        assertTrue(BuiltinProperties.RUNS_AT_MOST_ONCE.holds().test(r));
        assertEquals("prog.go:9:2: main.f1.func1() @9:2 starts after main.f1, which pushed it, has returned or been"
                + " unwound", DeferOrder.firstViolation(r));
        assertHoldsOnlyOnAbstract(BuiltinProperties.LIFO, p, GO119, "fifo-chain");
    }

    /** f1 (r int): r = 1, then a recovered deferred panic; results-not-written-back returns 0. */
    @Test
    void namedResultFailsWhenRecoveryDropsTheWrite() {
        CoreProgram p = callF1(ResultKind.NAMED, new CoreStmt.SetResult(1), recoverCloser(),
                defer(new Deferred.PanicCall(1)));
        assertHoldsOnlyOnAbstract(BuiltinProperties.NAMED_RESULT_VISIBLE, p, GoVersion.DEFAULT, "results-not-written-back");
        assertTrue(BuiltinProperties.UNNAMED_RESULT_KEPT.holds().test(Run.of(p, GoVersion.DEFAULT)));
    }

    /** f1 int: return r (1) fills the slot before a recovered deferred panic; results-not-written-back returns 0. */
    @Test
    void unnamedResultFailsWhenRecoveryZeroesTheSlot() {
        CoreProgram p = callF1(ResultKind.UNNAMED, new CoreStmt.SetResult(1), recoverCloser(),
                defer(new Deferred.PanicCall(1)));
        assertHoldsOnlyOnAbstract(BuiltinProperties.UNNAMED_RESULT_KEPT, p, GoVersion.DEFAULT, "results-not-written-back");
    }

    /** A deferred closure that writes r after return: the named result changes, the unnamed one does not. */
    @Test
    void deferredWritesReachNamedResultsOnly() {
        CoreStmt write = defer(new Deferred.Closure(List.of(new CoreStmt.SetResult(2))));
        Run named = Run.of(callF1(ResultKind.NAMED, write, new CoreStmt.Return(1)), GoVersion.DEFAULT);
        Run unnamed = Run.of(callF1(ResultKind.UNNAMED, write, new CoreStmt.Return(1)), GoVersion.DEFAULT);
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

    /** What matching by name reads of a run: each push and start as function, site, instance and call. */
    private static List<String> byName(Run r) {
        List<String> out = new ArrayList<>();
        for (Event e : r.events()) {
            if (e instanceof Event.DeferPushed p) {
                out.add("push " + p.frame() + " " + p.site() + " #" + p.instance() + " " + p.call());
            } else if (e instanceof Event.DeferredCallStarted d) {
                out.add("start " + d.frame() + " " + d.site() + " #" + d.instance() + " " + d.call());
            }
        }
        return out;
    }

    private static CoreProgram twoFramesOfOneClosure() {
        Deferred closure = new Deferred.Closure(List.of(defer(new Deferred.Closure(List.of())),
                defer(new Deferred.PanicCall(1))));
        return main(new CoreStmt.Defer(Guard.loop(2), closure));
    }

    private static CoreProgram main(CoreStmt... body) {
        return new CoreProgram(List.of(new CoreFunction(ResultKind.NONE, List.of(body))));
    }

    private static CoreProgram callF1(ResultKind kind, CoreStmt... body) {
        return new CoreProgram(List.of(new CoreFunction(ResultKind.NONE, List.of(new CoreStmt.Call(1))),
                new CoreFunction(kind, List.of(body))));
    }

    private static CoreStmt defer(Deferred what) {
        return new CoreStmt.Defer(Guard.PLAIN, what);
    }

    private static CoreStmt recoverCloser() {
        return defer(new Deferred.Closure(List.of(new CoreStmt.Recover())));
    }
}

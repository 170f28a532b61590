package defercheck.explore;

import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.coreprogram.CoreLowering;
import defercheck.runtime.Mutant;
import defercheck.runtime.Mutants;
import defercheck.source.GoVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each mutant is caught by exploring the smallest bound found to express it, stopping at the first
 * (smallest) counterexample. The named bounds catch most; the rest get a narrow bound whose knobs spell the
 * mutant's shape (the smallest counterexample each one finds is in the comment), small enough to explore in
 * seconds.
 */
class MutantsCaughtTest {
    private static final Bound NARROW5 = new Bound("narrow5", 1, 3, 1, 0, 1, 5, false, false);
    /** main: defer func() { fmt.Println(recover()) }(); defer panic(1); runtime.Goexit(). */
    private static final Bound GOEXIT_PANIC = new Bound("goexit-panic", 0, 3, 1, 0, 1, 4, false, true);
    /** main's deferred closure, started by main's panic, defers a recovering closure and a panic. */
    private static final Bound NESTED_CLOSURES5 = new Bound("nested-closures5", 0, 2, 2, 0, 1, 5, false, false);
    /** main defers a closure that defers a recovering closure and two panics, then panics. */
    private static final Bound NESTED_CLOSURES6 = new Bound("nested-closures6", 0, 3, 2, 0, 1, 6, false, false);
    /**
     * main calls f1 and then panics; f1's deferred closure defers f2 (which prints recover()) in a loop of one and
     * panics. The loop makes the closure's defers chain records, so gopanic's scan adds f1's open record behind
     * them; f2 recovers; the mutant leaves that record on the chain, and main's panic meets it after f1 is gone.
     * The loop is needed: without it the closure is open-coded and f1's record is added only after the
     * closure's frame is done. No program of up to 5 statements here catches the mutant, nor of f1s2d2l1v1n5
     * with every form on; before the switches the smallest bound known to catch it was f2s2d1l1v1n7-noconds-
     * noexits (rank 15,637,924). Without builtin defers, prints and results, size 6 holds 360,085 programs and
     * the counterexample is rank 111,190.
     */
    private static final Bound STALE_OPEN = new Bound("stale-open", 2, 2, 1, 1, 1, 6, false, false, false, false,
            false);
    static final Map<String, Bound> SMALLEST = Map.ofEntries(
            Map.entry("open-record-at-head", Bound.TINY),
            Map.entry("no-rescan", Bound.TINY),
            Map.entry("bit-cleared-after-call", Bound.TINY),
            Map.entry("fifo-chain", Bound.TINY),
            Map.entry("recover-without-argp", Bound.TINY),
            Map.entry("started-ignored", Bound.TINY),
            Map.entry("open-record-out-of-order", Bound.SMALL),
            Map.entry("results-not-written-back", NARROW5),
            Map.entry("goexit-bypass", GOEXIT_PANIC),
            Map.entry("drop-started-open", NESTED_CLOSURES5),
            Map.entry("recovery-keeps-aborted", NESTED_CLOSURES6),
            Map.entry("stale-open-records", STALE_OPEN));

    @Test
    void everyMutantIsCaught() throws Exception {
        for (Mutant m : Mutants.ALL) {
            Bound b = SMALLEST.get(m.id());
            assertTrue(b != null, "mutant " + m.id() + " has no bound in the table");
            GoVersion v = m.machine().applicable(new GoVersion(19)) ? new GoVersion(19) : GoVersion.DEFAULT;
            MachineSuite suite = new MachineSuite(v, m);
            ProgramSpace space = new ProgramSpace(b);
            Summary s = new Explorer(b, () -> p -> suite.compare(CoreLowering.lower(p, v, "")).agrees(), 2, true)
                    .run(0, space.size(), null, null, Progress.NONE, List.of());
            assertTrue(s.firstDivergence() >= 0, m.id() + " escaped " + b.describe());
        }
    }
}

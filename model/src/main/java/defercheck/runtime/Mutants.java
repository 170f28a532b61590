package defercheck.runtime;

import java.util.List;

/**
 * The mutant table (docs/runtime.md). Where the issue thread and its fix do not show the historic mechanism,
 * the flaw is a reconstruction that gives the reported wrong behaviour on its regression program; the
 * description says so with "[U]".
 */
public final class Mutants {

    public static final List<Mutant> ALL = List.of(
            new Mutant("goexit-bypass", Strategy.OPEN, 29226,
                    "a panic recovered inside Goexit's deferred calls cancels the Goexit (gopanic skips the 1.14 bypass check)",
                    Flaw.GOEXIT_BYPASS_IGNORED),
            new Mutant("drop-started-open", Strategy.OPEN, 43920,
                    "recovery drops started open records too, so an outer gopanic throws 'bad defer entry in panic' [U]",
                    Flaw.DROP_STARTED_OPEN_RECORDS),
            new Mutant("open-record-at-head", Strategy.OPEN, 43921,
                    "addOneOpenDeferFrame links the synthetic record at the chain head, so a frame's later record defer is skipped [U]",
                    Flaw.OPEN_RECORD_AT_HEAD),
            new Mutant("no-rescan", Strategy.OPEN, 43941,
                    "after an open frame's defers finish, gopanic does not add the next open frame: its defers are skipped [U]",
                    Flaw.NO_RESCAN_AFTER_OPEN_FRAME),
            new Mutant("stale-open-records", Strategy.OPEN, 37664,
                    "non-started open records stay on the chain after recovery and later shadow a new frame at the same sp",
                    Flaw.KEEP_STALE_OPEN_RECORDS),
            new Mutant("open-record-out-of-order", Strategy.OPEN, 0,
                    "a synthetic open record is appended at the chain tail instead of being inserted sorted by sp",
                    Flaw.OPEN_RECORD_AT_TAIL),
            new Mutant("bit-cleared-after-call", Strategy.OPEN, 0,
                    "the open-coded exit code clears a deferBits bit after the call, so a panicking defer runs twice",
                    Flaw.BIT_CLEARED_AFTER_CALL),
            new Mutant("fifo-chain", Strategy.HEAP, 0,
                    "deferproc appends records at the tail of g._defer: a frame's defers run first-in first-out",
                    Flaw.FIFO_CHAIN),
            new Mutant("recover-without-argp", Strategy.HEAP, 0,
                    "gorecover skips the argp check: a helper called by a deferred function recovers",
                    Flaw.RECOVER_WITHOUT_ARGP),
            new Mutant("started-ignored", Strategy.HEAP, 0,
                    "gopanic ignores d.started and runs again a deferred call an earlier panic already started",
                    Flaw.STARTED_IGNORED),
            new Mutant("results-not-written-back", Strategy.PANICLOOP, 14725,
                    "after recovery the frame returns zero results instead of its named result slots [U: #14725's shape]",
                    Flaw.RESULTS_NOT_WRITTEN_BACK),
            new Mutant("recovery-keeps-aborted", Strategy.PANICLOOP, 0,
                    "1.22 recovery pops only the recovered panic, leaving older panics whose startSP is below the frame",
                    Flaw.RECOVERY_KEEPS_ABORTED));

    private Mutants() {
    }

    public static Mutant byId(String id) {
        for (Mutant m : ALL) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mutant '" + id + "': see 'defercheck mutants'");
    }
}

package defercheck.runtime;

/**
 * A deliberate defect a machine can be built with. Each is checked at exactly one place in the machine
 * code, next to the runtime rule it breaks; {@link Mutants} names them and gives each its Go issue.
 */
public enum Flaw {
    /** gopanic's recovery ignores a Goexit _panic it would bypass (the 1.14 fix of #29226 undone). */
    GOEXIT_BYPASS_IGNORED,
    /** The post-recovery cleanup drops started open records too, not only non-started ones. */
    DROP_STARTED_OPEN_RECORDS,
    /** addOneOpenDeferFrame puts the synthetic record at the head of the chain. */
    OPEN_RECORD_AT_HEAD,
    /** addOneOpenDeferFrame puts the synthetic record at the tail of the chain. */
    OPEN_RECORD_AT_TAIL,
    /** After an open frame's defers finish, gopanic does not look for the next open frame. */
    NO_RESCAN_AFTER_OPEN_FRAME,
    /** After a recovery, non-started open records are left on the chain. */
    KEEP_STALE_OPEN_RECORDS,
    /** The inline exit code clears a deferBits bit after the deferred call instead of before it. */
    BIT_CLEARED_AFTER_CALL,
    /** deferproc appends records at the tail of g._defer, so a frame's defers run first-in first-out. */
    FIFO_CHAIN,
    /** gorecover skips the argp comparison: any function can recover the current panic. */
    RECOVER_WITHOUT_ARGP,
    /** gopanic ignores d.started and runs a record again that an earlier panic already started. */
    STARTED_IGNORED,
    /** After recovery the frame returns zero results instead of its named result slots. */
    RESULTS_NOT_WRITTEN_BACK,
    /** 1.22 recovery pops only the recovered panic, not the older ones whose startSP is below the frame. */
    RECOVERY_KEEPS_ABORTED
}

package defercheck.semantics;

import java.util.List;

/**
 * One goroutine of a running program, read-only and in the abstract semantics' terms, so that a reader follows
 * every machine the same way (the straight-line reading of a run, the TLA+ exports): its frames and its panics.
 * A machine's own view of it, with its defer records, is its {@link Snapshot}.
 */
public interface Goroutine {

    /** The runtime's goid: 1 for main's goroutine, as crash texts print it. */
    int id();

    /** The frames, outermost first: the entry at 0, the running frame last. */
    List<Frame> frames();

    /**
     * The panics and Goexits under way, oldest first, as the crash text lists them. A runtime machine leaves out
     * the {@code _panic} records of its own deferreturn, which are no Go panic.
     */
    List<PanicRecord> panics();
}

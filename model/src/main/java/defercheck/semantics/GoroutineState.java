package defercheck.semantics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The state one goroutine owns in a machine (the runtime's {@code g}): its frames with their operand stacks and
 * deferred calls, its panic serials and signal mark, and its scheduling status. A machine extends it with its own
 * per-goroutine defer state: the abstract machine's panic stack, a runtime machine's {@code g._defer},
 * {@code g._panic} and 1.22's {@code gp.param}. Everything else (globals, outputs, the per-P defer pool) is the
 * machine's.
 *
 * @param <F> the machine's frame type
 */
public abstract class GoroutineState<F extends Frame> implements Goroutine {
    /** Where a goroutine stands with the scheduler (the runtime's _Grunnable, _Gwaiting and _Gdead). */
    public enum Status { RUNNABLE, WAITING, DEAD }

    private final int id;
    private final List<F> frames = new ArrayList<>();
    private int panicSerial;
    private boolean signalled;
    private Status status = Status.RUNNABLE;
    /** Why it waits, as the goroutine dump's header says it ({@code chan receive}); null unless waiting. */
    private String waitReason;
    /** The blocking operation it waits in, completed by whoever wakes it; null unless one is under way. */
    private Object parked;

    protected GoroutineState(int id) {
        this.id = id;
    }

    @Override
    public final int id() {
        return id;
    }

    @Override
    public final List<Frame> frames() {
        return Collections.unmodifiableList(frames);
    }

    /** The frames, outermost first, for the machine that owns them. */
    public final List<F> stack() {
        return frames;
    }

    public final F top() {
        return frames.get(frames.size() - 1);
    }

    final int nextPanicSerial() {
        return ++panicSerial;
    }

    final boolean signalled() {
        return signalled;
    }

    final void markSignalled() {
        signalled = true;
    }

    public final Status status() {
        return status;
    }

    public final String waitReason() {
        return waitReason;
    }

    /** The operation this goroutine is parked in (a channel operation), or null. */
    public final Object parked() {
        return parked;
    }

    /** gopark: the goroutine waits in {@code op} until {@link #ready()}. */
    final void park(String reason, Object op) {
        status = Status.WAITING;
        waitReason = reason;
        parked = op;
    }

    /** goready: runnable again; the operation it waited in stays for it to collect. */
    final void ready() {
        status = Status.RUNNABLE;
        waitReason = null;
    }

    /** The parked operation has been collected by the goroutine itself. */
    final void unpark() {
        parked = null;
    }

    /** goexit0: the goroutine is gone; its frames with it. */
    final void die() {
        status = Status.DEAD;
        frames.clear();
    }
}

package defercheck.semantics;

import java.util.ArrayList;
import java.util.List;

/**
 * Which goroutine runs: the run queue and the one choice a schedule makes. The running goroutine keeps running
 * between synchronisation points; at each one (a {@code go} statement, a channel operation, a select, Gosched,
 * a goroutine blocking or ending, and a write to stdout or stderr) the scheduler lists the runnable goroutines in a fixed order, the running one
 * first unless it yielded or blocked, then the run queue oldest first, and its {@link Choice} picks one.
 *
 * <p>The default choice, {@link #FIRST}, is the documented deterministic schedule: keep running the current
 * goroutine; when it blocks, ends or calls Gosched, run the one that has waited longest (a new goroutine joins
 * the tail of the queue, and so does a woken one). An output write is a synchronisation point that changes
 * nothing under this choice: the running goroutine is first and keeps running. Exploring every schedule needs
 * nothing else: it is a matter of choosing each index in turn at each synchronisation point
 * ({@code defercheck.schedule}).
 *
 * @param <G> the machine's goroutine type
 */
public final class Scheduler<G extends GoroutineState<?>> {

    /** Picks, at a synchronisation point, the index of the goroutine to run among the runnable ones. */
    @FunctionalInterface
    public interface Choice {
        int choose(List<? extends Goroutine> runnable);
    }

    /** The default schedule: the current goroutine, else the longest-waiting runnable one. */
    public static final Choice FIRST = runnable -> 0;

    private final List<G> runq = new ArrayList<>();
    private final Choice choice;

    public Scheduler(Choice choice) {
        this.choice = choice;
    }

    /** A goroutine became runnable (a new one, or one woken): it joins the tail of the run queue. */
    void enqueue(G g) {
        runq.add(g);
    }

    /**
     * The goroutine to run from this synchronisation point on, or null when none is runnable. {@code current}
     * (null when it is gone) stays first in the list unless it {@code yielded} (Gosched puts it at the tail).
     */
    G next(G current, boolean yielded) {
        if (current != null && current.status() == GoroutineState.Status.RUNNABLE) {
            if (yielded) {
                runq.add(current);
            } else {
                runq.add(0, current);
            }
        }
        if (runq.isEmpty()) {
            return null;
        }
        // asked even with one runnable goroutine: an exploration learns where each goroutine's step ends
        int i = choice.choose(List.copyOf(runq));
        return runq.remove(i);
    }
}

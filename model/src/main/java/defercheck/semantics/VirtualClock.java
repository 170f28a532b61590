package defercheck.semantics;

import java.util.ArrayList;
import java.util.List;

/**
 * The virtual clock of time.Sleep: a sleeping goroutine wakes when no goroutine can run and its time is the
 * earliest; sleepers of one instant wake in the order they went to sleep. Runs stay fast and deterministic, as
 * no real time passes.
 */
final class VirtualClock {
    private long now;
    private long sleeps;
    private final List<Sleeper> sleepers = new ArrayList<>();

    /** One sleeping goroutine, ordered by wake time, then by when it went to sleep. */
    record Sleeper(long when, long order, GoroutineState<?> g) implements Comparable<Sleeper> {
        @Override
        public int compareTo(Sleeper o) {
            return when != o.when ? Long.compare(when, o.when) : Long.compare(order, o.order);
        }
    }

    /** Puts {@code g} to sleep for {@code nanos} (positive) from now; the sleeper is what it parks on. */
    Sleeper sleep(GoroutineState<?> g, long nanos) {
        Sleeper s = new Sleeper(now + nanos, ++sleeps, g);
        int i = 0;
        while (i < sleepers.size() && sleepers.get(i).compareTo(s) <= 0) {
            i++;
        }
        sleepers.add(i, s);
        return s;
    }

    /**
     * Moves the clock to the earliest sleeper's time and returns every goroutine that wakes at that instant, in
     * order; empty when nobody sleeps.
     */
    List<GoroutineState<?>> advance() {
        List<GoroutineState<?>> woken = new ArrayList<>();
        if (sleepers.isEmpty()) {
            return woken;
        }
        now = sleepers.get(0).when();
        while (!sleepers.isEmpty() && sleepers.get(0).when() == now) {
            woken.add(sleepers.remove(0).g());
        }
        return woken;
    }
}

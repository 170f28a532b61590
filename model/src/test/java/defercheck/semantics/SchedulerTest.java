package defercheck.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented schedule (docs/design.md, "Several goroutines") and the one choice an exploration would vary. */
class SchedulerTest {

    private static final class G extends GoroutineState<Frame> {
        G(int id) {
            super(id);
        }

        @Override
        public List<PanicRecord> panics() {
            return List.of();
        }
    }

    @Test
    void theRunningGoroutineKeepsRunningUntilItYieldsOrParksThenTheLongestWaitingRuns() {
        Scheduler<G> s = new Scheduler<>(Scheduler.FIRST);
        G main = new G(1);
        G a = new G(2);
        G b = new G(3);
        s.enqueue(a);
        s.enqueue(b);
        assertEquals(main, s.next(main, false), "a go statement leaves the current goroutine running");
        assertEquals(a, s.next(main, true), "Gosched: the oldest waiting runs, main joins the tail");
        a.park("chan receive", null);
        assertEquals(b, s.next(a, false), "a parked goroutine leaves the queue");
        assertEquals(main, s.next(null, false), "the goroutine that ended is gone; main waited longest");
        a.ready();
        s.enqueue(a);
        main.park("chan send", null);
        assertEquals(a, s.next(main, false), "a woken goroutine joins the tail");
        a.die();
        assertNull(s.next(a, false), "no goroutine can run: the machine reports the deadlock");
    }

    @Test
    void everySynchronisationPointOffersTheRunnableGoroutinesInTheDocumentedOrder() {
        List<List<Integer>> offered = new ArrayList<>();
        Scheduler<G> s = new Scheduler<>(runnable -> {
            offered.add(runnable.stream().map(Goroutine::id).toList());
            return 1;
        });
        G main = new G(1);
        G a = new G(2);
        G b = new G(3);
        s.enqueue(a);
        s.enqueue(b);
        assertEquals(a, s.next(main, false));
        assertEquals(b, s.next(a, true));
        assertEquals(List.of(List.of(1, 2, 3), List.of(1, 3, 2)), offered,
                "the running goroutine first (last after Gosched), then the queue oldest first");
    }
}

package defercheck.semantics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The runtime's semaphore table (runtime/sema.go) for the sync package: goroutines parked on a key (a location:
 * the sync value they wait for, or a {@link Cell} naming one of its semaphore words, both equal only to
 * themselves), each with a ticket its waker marks released. Parked goroutines of one key wake oldest first; a
 * lookup never iterates the table, so nothing here depends on hash order.
 */
public final class Semaphores {

    /** One parked goroutine's claim: released once a waker chose it (semrelease's handoff). */
    public static final class Ticket {
        final Goroutine g;
        boolean released;

        Ticket(Goroutine g) {
            this.g = g;
        }

        public boolean released() {
            return released;
        }
    }

    private final Map<Object, List<Ticket>> waiting = new HashMap<>();
    /** Keys held by a native frame that calls Go code (sync.Once.Do running f), in the order they were taken. */
    private final List<Owner> owners = new ArrayList<>();

    private record Owner(Object key, Goroutine g, Frame frame) { }

    /** The running goroutine's top frame (a native's) holds {@code key} while it calls Go code. */
    public void own(Host host, Object key) {
        List<Frame> frames = host.running().frames();
        owners.add(new Owner(key, host.running(), frames.get(frames.size() - 1)));
    }

    public void release(Object key) {
        owners.removeIf(o -> o.key().equals(key));
    }

    /**
     * Whether {@code key}'s holder is gone: a panic unwound its frame, so the deferred calls of the real
     * library code (once.go's Store and Unlock) would have released it.
     */
    public boolean holderGone(Object key) {
        for (Owner o : owners) {
            if (o.key().equals(key)) {
                return !o.g().frames().contains(o.frame());
            }
        }
        return false;
    }

    /**
     * Wakes the goroutines parked on a key whose holder a panic unwound, oldest holder first; true if it woke any.
     * The real library's deferred calls would have woken them when the panic passed; the model notices when no
     * goroutine can run, so only the moment they wake differs.
     */
    boolean wakeStale(Host host) {
        boolean woke = false;
        for (Owner o : List.copyOf(owners)) {
            if (!o.g().frames().contains(o.frame()) && waiting.containsKey(o.key())) {
                wakeAll(host, o.key());
                woke = true;
            }
        }
        return woke;
    }

    /**
     * semacquire's sleep: the running goroutine parks on {@code key} for {@code reason} ({@code front}: at the head
     * of the queue, as a woken mutex waiter that lost the race again). The native's step is taken again when it
     * is woken; it reads its ticket.
     */
    public Ticket sleep(Host host, Object key, String reason, boolean front) {
        Ticket t = new Ticket(host.running());
        List<Ticket> q = waiting.computeIfAbsent(key, k -> new ArrayList<>());
        if (front) {
            q.add(0, t);
        } else {
            q.add(t);
        }
        host.park(reason, t);
        return t;
    }

    /** semrelease: wakes the oldest goroutine parked on {@code key}, if any. */
    public void wakeOne(Host host, Object key) {
        List<Ticket> q = waiting.get(key);
        if (q != null && !q.isEmpty()) {
            wake(host, q.remove(0));
            if (q.isEmpty()) {
                waiting.remove(key);
            }
        }
    }

    /** Wakes every goroutine parked on {@code key} (a WaitGroup's counter reaching zero). */
    public void wakeAll(Host host, Object key) {
        List<Ticket> q = waiting.remove(key);
        if (q != null) {
            q.forEach(t -> wake(host, t));
        }
    }

    private static void wake(Host host, Ticket t) {
        t.released = true;
        host.ready(t.g);
    }
}

package defercheck.semantics;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * A channel (the runtime's hchan, runtime/chan.go): its buffer, whether it is closed, and the goroutines parked
 * on it, senders with the value they offer and receivers waiting for one. A parked select sits on several
 * channels at once; whoever completes one of its cases marks its {@link Waiter} done, and the other channels drop
 * the stale entries when they meet them.
 */
public final class Channel {
    /** Numbers the channels of a run in the order they were made: a hash that does not vary between runs. */
    private final int serial;
    private final int capacity;
    private final defercheck.ir.Type elem;
    private final ArrayDeque<Value> buffer = new ArrayDeque<>();
    private final ArrayDeque<Sudog> recvq = new ArrayDeque<>();
    private final ArrayDeque<Sudog> sendq = new ArrayDeque<>();
    private boolean closed;
    /**
     * A timer's channel under go1.23's synchronous timer channels (GODEBUG asynctimerchan=0): a buffer of one
     * that len and cap report as empty and unbuffered (runtime/chan.go chanlen and chancap).
     */
    private final boolean syncTimer;

    Channel(int serial, int capacity, defercheck.ir.Type elem) {
        this(serial, capacity, elem, false);
    }

    private Channel(int serial, int capacity, defercheck.ir.Type elem, boolean syncTimer) {
        this.serial = serial;
        this.capacity = capacity;
        this.elem = elem;
        this.syncTimer = syncTimer;
    }

    /** A timer's channel (time.NewTimer, NewTicker): a buffer of one, synchronous as go1.23 has it or not. */
    static Channel forTimer(int serial, defercheck.ir.Type elem, boolean sync) {
        return new Channel(-serial, 1, elem, sync);
    }

    /** What the builtin len reports. */
    int lenBuiltin() {
        return syncTimer ? 0 : buffer.size();
    }

    /** What the builtin cap reports. */
    int capBuiltin() {
        return syncTimer ? 0 : capacity;
    }

    /** The channel's number in its run, the same in every run of one schedule prefix. */
    int serial() {
        return serial;
    }

    /** The zero value of the element type: what a receive from a closed, drained channel gives. */
    Value zero() {
        return Zero.of(elem);
    }

    /** A parked goroutine's operation: done once a partner (or close) completed one of its cases. */
    static final class Waiter {
        final Goroutine g;
        boolean done;
        /** The case that completed (0 for a plain send or receive); a closed channel's for a woken sender. */
        int firedCase = -1;
        /** A woken sender's channel was closed: the send panics when the goroutine runs again. */
        boolean closedOnSender;
        Value received;
        boolean ok;

        Waiter(Goroutine g) {
            this.g = g;
        }
    }

    /** What a receive that did not wait got: a value sent, or the zero value of a closed channel. */
    record Received(Value value, boolean ok) { }

    /** One case of a parked goroutine on this channel (the runtime's sudog): the value a sender offers. */
    record Sudog(Waiter waiter, int caseIndex, Value elem) { }

    /** Identity is equality; the hash is the serial, so that a map keyed by channels iterates the same every run. */
    @Override
    public int hashCode() {
        return serial;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    /** For traces: how full it is and whether it is closed. */
    String describe() {
        return "chan#" + serial + "(" + buffer.size() + "/" + capacity + (closed ? ", closed" : "") + ")";
    }

    int length() {
        return buffer.size();
    }

    int capacity() {
        return capacity;
    }

    boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
    }

    ArrayDeque<Value> buffer() {
        return buffer;
    }

    /** The first receiver still waiting, removed from the queue; stale select entries are dropped. */
    Sudog takeReceiver() {
        return take(recvq);
    }

    /** The first sender still waiting, removed from the queue. */
    Sudog takeSender() {
        return take(sendq);
    }

    void parkReceiver(Sudog s) {
        recvq.add(s);
    }

    void parkSender(Sudog s) {
        sendq.add(s);
    }

    private static Sudog take(ArrayDeque<Sudog> q) {
        Iterator<Sudog> it = q.iterator();
        while (it.hasNext()) {
            Sudog s = it.next();
            it.remove();
            if (!s.waiter().done) {
                return s;
            }
        }
        return null;
    }

    /** Whether a sender can go on at once: a receiver waits, or the buffer has room. */
    boolean canSend() {
        dropStale(recvq);
        return !recvq.isEmpty() || buffer.size() < capacity;
    }

    /** Whether a receiver can go on at once: a value is buffered, a sender waits, or the channel is closed. */
    boolean canReceive() {
        dropStale(sendq);
        return !buffer.isEmpty() || !sendq.isEmpty() || closed;
    }

    /** Whether a goroutine waits to receive (a timer channel someone blocks on keeps go1.23's timer alive). */
    boolean hasReceiver() {
        dropStale(recvq);
        return !recvq.isEmpty();
    }

    private static void dropStale(ArrayDeque<Sudog> q) {
        q.removeIf(s -> s.waiter().done);
    }
}

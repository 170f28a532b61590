package defercheck.semantics;

import defercheck.ir.Type;
import defercheck.source.Span;

/**
 * Channel operations (runtime/chan.go: chansend, chanrecv, closechan) on the running goroutine. An operation that
 * cannot go on parks the goroutine and leaves its instruction to be taken again; by then the partner that woke
 * it has completed it ({@link Channel.Waiter}), so the second time it only collects the result. Each completed
 * operation is a synchronisation point where the scheduler may switch goroutines.
 */
final class ChannelOps {
    private final Host host;

    ChannelOps(Host host) {
        this.host = host;
    }

    /** make(chan T, n): a negative or huge n panics "makechan: size out of range". */
    void make(Frame f, Type type, Value size, Span span) {
        long n = size == null ? 0 : ((Value.IntValue) size).value();
        if (n < 0 || n > Integer.MAX_VALUE) {
            RuntimeErrors.plain(host, f, "makechan: size out of range", span);
            return;
        }
        f.push(new Value.ChanValue(type, new Channel((int) n, ((Type.Chan) type.underlying()).elem())));
    }

    /** chansend: returns whether the send is over (done, or panicking); false when the goroutine parked. */
    boolean send(Frame f, Value ch, Value v, Span span) {
        if (host.collectParked() instanceof Channel.Waiter w) {
            if (w.closedOnSender) {
                RuntimeErrors.plain(host, f, "send on closed channel", span);
            }
            return true;
        }
        if (!(ch instanceof Value.ChanValue cv)) {
            host.park("chan send (nil chan)", new Channel.Waiter(host.running()));
            return false;
        }
        Channel c = cv.channel();
        if (c.closed()) {
            RuntimeErrors.plain(host, f, "send on closed channel", span);
            return true;
        }
        Channel.Sudog r = c.takeReceiver();
        if (r != null) {
            deliver(r, Values.copy(v), true);
        } else if (c.length() < c.capacity()) {
            c.buffer().add(Values.copy(v));
            host.syncPoint(false);
        } else {
            Channel.Waiter w = new Channel.Waiter(host.running());
            c.parkSender(new Channel.Sudog(w, 0, Values.copy(v)));
            host.park("chan send", w);
            return false;
        }
        return true;
    }

    /**
     * chanrecv: pushes the value (and with {@code commaOk} whether it came from a send) and returns true, or parks
     * the goroutine and returns false.
     */
    boolean receive(Frame f, Value ch, Type elem, boolean commaOk) {
        if (host.collectParked() instanceof Channel.Waiter w) {
            push(f, w.ok ? w.received : Zero.of(elem), w.ok, commaOk);
            return true;
        }
        if (!(ch instanceof Value.ChanValue cv)) {
            host.park("chan receive (nil chan)", new Channel.Waiter(host.running()));
            return false;
        }
        Channel c = cv.channel();
        if (!c.canReceive()) {
            Channel.Waiter w = new Channel.Waiter(host.running());
            c.parkReceiver(new Channel.Sudog(w, 0, null));
            host.park("chan receive", w);
            return false;
        }
        Channel.Received r = take(c);
        push(f, r.ok() ? r.value() : Zero.of(elem), r.ok(), commaOk);
        return true;
    }

    /** A receive that can go on: from the buffer (refilled by a waiting sender), a waiting sender, or closed. */
    private Channel.Received take(Channel c) {
        host.syncPoint(false);
        if (c.length() > 0) {
            Value v = c.buffer().poll();
            Channel.Sudog s = c.takeSender();
            if (s != null) {
                c.buffer().add(s.elem());
                complete(s, null, true);
            }
            return new Channel.Received(v, true);
        }
        Channel.Sudog s = c.takeSender();
        if (s != null) {
            complete(s, null, true);
            return new Channel.Received(s.elem(), true);
        }
        return new Channel.Received(c.zero(), false);
    }

    private static void push(Frame f, Value v, boolean ok, boolean commaOk) {
        f.push(v);
        if (commaOk) {
            f.push(new Value.BoolValue(Type.BOOL, ok));
        }
    }

    /** closechan: every parked receiver gets the zero value, every parked sender will panic. */
    void close(Frame f, Value ch, Span span) {
        if (!(ch instanceof Value.ChanValue cv)) {
            RuntimeErrors.plain(host, f, "close of nil channel", span);
            return;
        }
        Channel c = cv.channel();
        if (c.closed()) {
            RuntimeErrors.plain(host, f, "close of closed channel", span);
            return;
        }
        c.close();
        for (Channel.Sudog r = c.takeReceiver(); r != null; r = c.takeReceiver()) {
            deliver(r, c.zero(), false);
        }
        for (Channel.Sudog s = c.takeSender(); s != null; s = c.takeSender()) {
            s.waiter().closedOnSender = true;
            complete(s, null, false);
        }
        host.syncPoint(false);
    }

    private void deliver(Channel.Sudog r, Value v, boolean ok) {
        complete(r, v, ok);
        host.syncPoint(false);
    }

    /** The partner's half of an operation: the parked goroutine's case is done and it can run again. */
    private void complete(Channel.Sudog s, Value received, boolean ok) {
        Channel.Waiter w = s.waiter();
        w.done = true;
        w.firedCase = s.caseIndex();
        w.received = received;
        w.ok = ok;
        host.ready(w.g);
    }
}

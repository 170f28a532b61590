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
    private int channels;

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
        f.push(new Value.ChanValue(type, new Channel(++channels, (int) n, ((Type.Chan) type.underlying()).elem())));
    }

    /** chansend: returns whether the send is over (done, or panicking); false when the goroutine parked. */
    boolean send(Frame f, Value ch, Value v, Span span) {
        if (ch instanceof Value.ChanValue cv) {
            host.touch(Footprint.channel(cv.channel()));
        }
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
        if (c.canSend()) {
            put(c, v);
            return true;
        }
        Channel.Waiter w = new Channel.Waiter(host.running());
        c.parkSender(new Channel.Sudog(w, 0, Values.copy(v)));
        host.park("chan send", w);
        return false;
    }

    /** A send that can go on: to a waiting receiver, or into the buffer. */
    private void put(Channel c, Value v) {
        Channel.Sudog r = c.takeReceiver();
        if (r != null) {
            deliver(r, Values.copy(v), true);
        } else {
            c.buffer().add(Values.copy(v));
            host.syncPoint(false);
        }
    }

    /**
     * runtime.selectgo: of the cases that can go on, the one the {@link Chooser} picks (real Go picks one at
     * random; the default chooser takes the first in source order), else the default, else the goroutine parks on every
     * non-nil channel of the cases and the first partner completes one. Pushes value, ok and the case index;
     * returns false when the goroutine parked.
     */
    boolean select(Frame f, java.util.List<Value> ops, defercheck.ir.Instr.Select s) {
        int n = s.sends().size();
        Value[] chans = new Value[n];
        Value[] values = new Value[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            chans[i] = ops.get(k++);
            values[i] = s.sends().get(i) ? ops.get(k++) : null;
        }
        for (Value c : chans) {
            if (c instanceof Value.ChanValue cv) {
                host.touch(Footprint.channel(cv.channel()));
            }
        }
        if (host.collectParked() instanceof Channel.Waiter w) {
            int i = w.firedCase;
            if (w.closedOnSender) {
                RuntimeErrors.plain(host, f, "send on closed channel", s.span());
            } else {
                selected(f, s.sends().get(i) ? null : w.ok ? w.received : Zero.of(s.elems().get(i)), w.ok, i);
            }
            return true;
        }
        java.util.List<Integer> goable = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (chans[i] instanceof Value.ChanValue cv && canGo(cv.channel(), values[i] != null)) {
                goable.add(i);
            }
        }
        if (!goable.isEmpty()) {
            int pick = goable.size() == 1 ? 0 : host.choose(Chooser.Kind.SELECT, goable.size(), s.span());
            int i = goable.get(pick);
            ready(f, ((Value.ChanValue) chans[i]).channel(), values[i], s, i);
            return true;
        }
        if (s.hasDefault()) {
            selected(f, null, false, -1);
            return true;
        }
        Channel.Waiter w = new Channel.Waiter(host.running());
        for (int i = 0; i < n; i++) {
            if (chans[i] instanceof Value.ChanValue cv) {
                if (values[i] != null) {
                    cv.channel().parkSender(new Channel.Sudog(w, i, Values.copy(values[i])));
                } else {
                    cv.channel().parkReceiver(new Channel.Sudog(w, i, null));
                }
            }
        }
        host.park(n == 0 ? "select (no cases)" : "select", w);
        return false;
    }

    /**
     * Whether a case can go on now, as selectgo's first pass over the cases in poll order decides: a send to a
     * closed channel goes on (to panic), a send to a channel with room or a waiting receiver, a receive from a
     * channel with a value, a waiting sender, or closed.
     */
    private static boolean canGo(Channel c, boolean send) {
        return send ? c.closed() || c.canSend() : c.canReceive();
    }

    /** Case {@code i} on channel {@code c} if it can go on now: done (results pushed, or the send panicked). */
    private boolean ready(Frame f, Channel c, Value sent, defercheck.ir.Instr.Select s, int i) {
        if (sent != null) {
            if (c.closed()) {
                RuntimeErrors.plain(host, f, "send on closed channel", s.span());
                return true;
            }
            if (!c.canSend()) {
                return false;
            }
            put(c, sent);
            selected(f, null, false, i);
            return true;
        }
        if (!c.canReceive()) {
            return false;
        }
        Channel.Received r = take(c);
        selected(f, r.ok() ? r.value() : Zero.of(s.elems().get(i)), r.ok(), i);
        return true;
    }

    private static void selected(Frame f, Value v, boolean ok, int index) {
        f.push(v != null ? v : new Value.NilValue(Type.ANY));
        f.push(new Value.BoolValue(Type.BOOL, ok));
        f.push(new Value.IntValue(Type.INT, index));
    }

    /**
     * chanrecv: pushes the value (and with {@code commaOk} whether it came from a send) and returns true, or parks
     * the goroutine and returns false.
     */
    boolean receive(Frame f, Value ch, Type elem, boolean commaOk) {
        if (ch instanceof Value.ChanValue cv) {
            host.touch(Footprint.channel(cv.channel()));
        }
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
        complete(host, s, received, ok);
    }

    static void complete(Host host, Channel.Sudog s, Value received, boolean ok) {
        Channel.Waiter w = s.waiter();
        w.done = true;
        w.firedCase = s.caseIndex();
        w.received = received;
        w.ok = ok;
        host.ready(w.g);
    }
}

package defercheck.semantics;

import defercheck.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The virtual clock of package time: sleeping goroutines (time.Sleep) and timers (NewTimer, After, AfterFunc,
 * NewTicker, Tick). The clock moves on only when no goroutine can run, to the earliest alarm; alarms of one
 * instant go off in the order they were set. Runs stay fast and deterministic, as no real time passes: every
 * goroutine's steps take no time.
 *
 * <p>Timer channels follow the release: before go1.23 (and under a go.mod older than 1.23, GODEBUG
 * asynctimerchan=1) a buffered channel of one that keeps a value nobody received, and a pending timer keeps
 * checkdead quiet; from go1.23 on, a channel len and cap report as unbuffered, which Stop and Reset empty (their
 * result then says a value was pending), and only a timer some goroutine waits on keeps the program alive
 * (runtime/time.go: a channel timer is in the heap only while blocked on).
 */
public final class VirtualClock {
    private final boolean syncTimerChannels;
    private long now;
    private long armed;
    private int timerChannels;
    private final List<Alarm> alarms = new ArrayList<>();
    /** The timer of each time.Timer and time.Ticker value, by the value's struct (equal only to itself). */
    private final Map<Value.StructValue, RuntimeTimer> timers = new HashMap<>();

    /** Something set to go off at {@code when}: a sleeping goroutine or a timer; ordered by time, then as set. */
    private record Alarm(long when, long order, GoroutineState<?> sleeper, RuntimeTimer timer) { }

    VirtualClock(boolean syncTimerChannels) {
        this.syncTimerChannels = syncTimerChannels;
    }

    private void add(Alarm a) {
        int i = 0;
        while (i < alarms.size() && (alarms.get(i).when() < a.when()
                || alarms.get(i).when() == a.when() && alarms.get(i).order() < a.order())) {
            i++;
        }
        alarms.add(i, a);
    }

    /** {@code now + d} for d &ge; 0, or the end of time where that overflows (time.when's clamp). */
    private long after(long d) {
        return d > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + d;
    }

    /** Puts {@code g} to sleep for {@code nanos} (positive) from now; the alarm is what it parks on. */
    Object sleep(GoroutineState<?> g, long nanos) {
        Alarm a = new Alarm(after(nanos), ++armed, g, null);
        add(a);
        return a;
    }

    /** A new, unarmed timer with a channel of {@code elem} (time.Time) that sends {@code tick.apply(now)}. */
    public RuntimeTimer channelTimer(defercheck.ir.Type elem, LongFunction<Value> tick, Span site) {
        return new RuntimeTimer(Channel.forTimer(++timerChannels, elem, syncTimerChannels), null, tick, site);
    }

    /** A new, unarmed timer that starts {@code f} in its own goroutine (time.AfterFunc). */
    public RuntimeTimer funcTimer(Value.FuncValue f, Span site) {
        return new RuntimeTimer(null, f, null, site);
    }

    /** Binds a time.Timer or time.Ticker value's struct to its timer. */
    public void bind(Value.StructValue value, RuntimeTimer t) {
        timers.put(value, t);
    }

    /** The timer of a time.Timer or time.Ticker struct, or null for one no constructor made (uninitialized). */
    public RuntimeTimer timerOf(Value.StructValue value) {
        return timers.get(value);
    }

    /**
     * Arms {@code t} to fire {@code d} from now (at once for d &le; 0), every {@code period} after if positive.
     * Returns whether it was pending, as Timer.Reset reports it (from go1.23 also a value it took back).
     */
    public boolean reset(RuntimeTimer t, long d, long period) {
        boolean pending = stop(t);
        t.when = after(Math.max(d, 0));
        t.period = period;
        t.active = true;
        add(new Alarm(t.when, ++armed, null, t));
        return pending;
    }

    /** Disarms {@code t}; whether it was pending, as Timer.Stop reports it (from go1.23 also a value taken back). */
    public boolean stop(RuntimeTimer t) {
        boolean pending = t.active;
        if (t.active) {
            alarms.removeIf(a -> a.timer() == t);
            t.active = false;
        }
        if (syncTimerChannels && t.channel != null && !t.channel.buffer().isEmpty()) {
            t.channel.buffer().clear();
            pending = true;
        }
        return pending;
    }

    /**
     * Whether an alarm keeps runtime.checkdead quiet: a sleeper, a func timer, a channel timer (from go1.23 only
     * one whose channel a goroutine waits on).
     */
    boolean keepsAlive() {
        for (Alarm a : alarms) {
            RuntimeTimer t = a.timer();
            if (t == null || t.channel == null || !syncTimerChannels || t.channel.hasReceiver()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves the clock to the earliest alarm that can change anything and sets off every alarm of that instant:
     * returns the goroutines that wake from a sleep (timers deliver to their channels, and start their funcs,
     * through {@code host}). A ticker whose value would be dropped (its buffer full, nobody waiting) is moved on
     * by whole periods instead. Null when only such tickers are left: nothing can ever run again, and the real
     * program hangs with its ticker running.
     */
    List<GoroutineState<?>> advance(Host host) {
        Alarm next = null;
        for (Alarm a : alarms) {
            if (!idleTicker(a.timer())) {
                next = a;
                break;
            }
        }
        if (next == null) {
            return null;
        }
        long target = next.when();
        skipIdleTickers(target);
        now = Math.max(now, target);
        List<GoroutineState<?>> woken = new ArrayList<>();
        while (!alarms.isEmpty() && alarms.get(0).when() <= now) {
            Alarm a = alarms.remove(0);
            if (a.sleeper() != null) {
                woken.add(a.sleeper());
            } else {
                fire(host, a.timer());
            }
        }
        return woken;
    }

    /** A ticker whose next value would be dropped: its buffer is full and no goroutine waits on its channel. */
    private static boolean idleTicker(RuntimeTimer t) {
        return t != null && t.periodic() && t.channel != null && !t.channel.canSend();
    }

    /** Moves every idle ticker before {@code target} on by whole periods, to its first tick at or after it. */
    private void skipIdleTickers(long target) {
        for (Alarm a : List.copyOf(alarms)) {
            RuntimeTimer t = a.timer();
            if (a.when() < target && idleTicker(t)) {
                alarms.remove(a);
                long periods = (target - t.when - 1) / t.period + 1;
                t.when = periods > (Long.MAX_VALUE - t.when) / t.period ? Long.MAX_VALUE : t.when + periods * t.period;
                add(new Alarm(t.when, ++armed, null, t));
            }
        }
    }

    /** The timer goes off: sendTime without blocking, or goFunc; a ticker is armed for its next period. */
    private void fire(Host host, RuntimeTimer t) {
        t.active = false;
        if (t.periodic() && t.when != Long.MAX_VALUE) {
            // a ticker at the end of time (a clamped when) ticks no more: its next tick would never come
            t.when = t.period > Long.MAX_VALUE - t.when ? Long.MAX_VALUE : t.when + t.period;
            t.active = true;
            add(new Alarm(t.when, ++armed, null, t));
        }
        if (t.func != null) {
            host.startGoroutine(t.func, List.of(), t.site);
            return;
        }
        Channel c = t.channel;
        Value v = t.tick.apply(now);
        Channel.Sudog r = c.takeReceiver();
        if (r != null) {
            ChannelOps.complete(host, r, v, true);
        } else if (c.buffer().size() < c.capacity()) {
            c.buffer().add(v);
        }
    }
}

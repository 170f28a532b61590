package defercheck.semantics;

import defercheck.source.Span;
import java.util.function.LongFunction;

/**
 * One timer of package time on the machine's {@link VirtualClock} (the runtime's timer, runtime/time.go): when it
 * fires, a channel timer sends the time on its channel without blocking (a full buffer drops the value, as
 * sendTime does) and a func timer (time.AfterFunc) starts its func in a new goroutine; a ticker then fires again
 * a period later.
 */
public final class RuntimeTimer {
    final Channel channel;
    final Value.FuncValue func;
    /** The time value a firing sends, for the clock's instant. */
    final LongFunction<Value> tick;
    /** Where the timer was made: the new goroutine of a func timer starts there, as traces show it. */
    final Span site;
    long when;
    long period;
    /** Armed: in the clock's alarms, to fire at {@code when}. */
    boolean active;

    RuntimeTimer(Channel channel, Value.FuncValue func, LongFunction<Value> tick, Span site) {
        this.channel = channel;
        this.func = func;
        this.tick = tick;
        this.site = site;
    }

    /** The channel value of {@code Timer.C} ({@code <-chan Time}), or nil for a func timer. */
    public Value channelValue(defercheck.ir.Type chanType) {
        return channel == null ? new Value.NilValue(chanType) : new Value.ChanValue(chanType, channel);
    }

    boolean periodic() {
        return period > 0;
    }
}

package defercheck.semantics.natives;

import defercheck.ir.Type;
import defercheck.semantics.Frame;
import defercheck.semantics.Host;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.NativeTable;
import defercheck.semantics.RuntimeTimer;
import defercheck.semantics.Value;
import defercheck.semantics.VirtualClock;
import defercheck.source.Span;
import java.util.List;

/**
 * The timers of package time (time/sleep.go, time/tick.go) on the machine's {@link VirtualClock}: NewTimer,
 * After, AfterFunc, NewTicker and Tick, with Stop and Reset and their panics. The time a timer sends is an
 * opaque time.Time (printing it is refused: real Go would show the wall clock).
 */
final class TimeTimers {

    private TimeTimers() {
    }

    static void register(NativeTable t) {
        t.step("time.NewTimer", a -> a.done(made(a, "time.Timer", channelTimer(a), a.integer(0), 0)));
        t.step("time.After", a -> {
            RuntimeTimer timer = channelTimer(a);
            a.host().clock().reset(timer, a.integer(0), 0);
            return a.done(timer.channelValue(a.result(0)));
        });
        t.step("time.AfterFunc", TimeTimers::afterFunc);
        t.step("time.NewTicker", a -> a.integer(0) <= 0 ? nonPositiveTicker(a)
                : a.done(made(a, "time.Ticker", channelTimer(a), a.integer(0), a.integer(0))));
        t.step("time.Tick", a -> {
            if (a.integer(0) <= 0) {
                return a.done((Object) null);
            }
            RuntimeTimer timer = channelTimer(a);
            a.host().clock().reset(timer, a.integer(0), a.integer(0));
            return a.done(timer.channelValue(a.result(0)));
        });
        t.step("time.(*Timer).Stop", a -> withTimer(a, "time: Stop called on uninitialized Timer",
                timer -> a.done(a.host().clock().stop(timer))));
        t.step("time.(*Timer).Reset", a -> withTimer(a, "time: Reset called on uninitialized Timer",
                timer -> a.done(a.host().clock().reset(timer, a.integer(1), 0))));
        t.step("time.(*Ticker).Stop", TimeTimers::tickerStop);
        t.step("time.(*Ticker).Reset", TimeTimers::tickerReset);
        NativeCall.Step.Refused wallClock = new NativeCall.Step.Refused(
                "the text of a time.Time (the wall clock time of a real run)");
        t.step("time.Time.String", a -> wallClock);
        t.step("time.Time.GoString", a -> wallClock);
    }

    /** A timer whose channel sends the clock's instant as an opaque time.Time. */
    private static RuntimeTimer channelTimer(NativeArgs a) {
        Type.Named time = a.libraryType("time.Time");
        Type.Named location = a.libraryType("time.Location");
        Value local = NativeArgs.pointerTo(new Value.StructValue(location,
                new Value[] {new Value.StringValue(Type.STRING, "Local")}));
        return a.host().clock().channelTimer(time, now -> new Value.StructValue(time, new Value[] {
                new Value.IntValue(Type.UINT64, 0), new Value.IntValue(Type.INT64, now), local}), callSite(a.host()));
    }

    /** A new *Timer or *Ticker for {@code timer}, armed: its C is the timer's channel. */
    private static Value made(NativeArgs a, String type, RuntimeTimer timer, long d, long period) {
        Type.Named named = a.libraryType(type);
        Type chanType = ((Type.Struct) named.underlying()).fields().get(0).type();
        Value.StructValue v = new Value.StructValue(named, new Value[] {timer.channelValue(chanType),
                NativeArgs.pointerTo(new Value.StructValue(a.libraryType("time.runtimeTimer"), new Value[0]))});
        a.host().clock().bind(v, timer);
        a.host().clock().reset(timer, d, period);
        return NativeArgs.pointerTo(v);
    }

    /** time.AfterFunc: when the timer fires, f runs in a goroutine of its own (time.goFunc). */
    private static NativeCall.Step afterFunc(NativeArgs a) {
        if (!(a.arg(1) instanceof Value.FuncValue f)) {
            return new NativeCall.Step.Refused("time.AfterFunc with a nil func (the real timer's goroutine faults"
                    + " when it fires)");
        }
        RuntimeTimer timer = a.host().clock().funcTimer(f, callSite(a.host()));
        return a.done(made(a, "time.Timer", timer, a.integer(0), 0));
    }

    /** NewTicker's panic: an error value (errors.New) on go1.19, a string from go1.20. */
    private static NativeCall.Step nonPositiveTicker(NativeArgs a) {
        String text = "non-positive interval for NewTicker";
        if (a.host().version().atLeast(20)) {
            return a.panicString(text);
        }
        return new NativeCall.Step.Panic(NativeArgs.pointerTo(new Value.StructValue(
                a.libraryType("errors.errorString"), new Value[] {new Value.StringValue(Type.STRING, text)})));
    }

    /** Ticker.Stop: nothing for a Ticker no NewTicker made (time/tick.go keeps that misuse quiet). */
    private static NativeCall.Step tickerStop(NativeArgs a) {
        return withTimer(a, null, timer -> {
            a.host().clock().stop(timer);
            return a.done();
        });
    }

    private static NativeCall.Step tickerReset(NativeArgs a) {
        if (a.integer(1) <= 0) {
            return a.panicString("non-positive interval for Ticker.Reset");
        }
        return withTimer(a, "time: Reset called on uninitialized Ticker", timer -> {
            a.host().clock().reset(timer, a.integer(1), a.integer(1));
            return a.done();
        });
    }

    /**
     * Runs {@code op} on the receiver's timer. A nil receiver faults; a Timer or Ticker no constructor made panics
     * with {@code uninitialized} (or does nothing when that is null); a copy of one (its hidden field set, its
     * struct not the one made) is refused: what the runtime does with a copied timer is no contract.
     */
    private static NativeCall.Step withTimer(NativeArgs a, String uninitialized,
                                             java.util.function.Function<RuntimeTimer, NativeCall.Step> op) {
        if (!(a.arg(0) instanceof Value.PointerValue p)) {
            return a.nilDereference();
        }
        Value.StructValue v = (Value.StructValue) p.target().load();
        RuntimeTimer timer = a.host().clock().timerOf(v);
        a.host().syncPoint(false);
        if (timer != null) {
            return op.apply(timer);
        } else if (!(v.fields()[1] instanceof Value.NilValue)) {
            return new NativeCall.Step.Refused("a copy of a " + v.type() + " value");
        }
        return uninitialized == null ? a.done() : a.panicString(uninitialized);
    }

    /** Where the running native was called: its caller's current instruction. */
    private static Span callSite(Host host) {
        List<Frame> frames = host.running().frames();
        Frame caller = frames.get(frames.size() - 2);
        return caller.function().code().get(Math.max(caller.pc() - 1, 0)).span();
    }
}

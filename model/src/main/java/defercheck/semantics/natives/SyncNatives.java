package defercheck.semantics.natives;

import defercheck.ir.Type;
import defercheck.semantics.Host;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.NativePackage;
import defercheck.semantics.NativeTable;
import defercheck.semantics.Semaphores;
import defercheck.semantics.Value;
import java.util.List;

/**
 * Package sync (declarations: resources/defercheck/lib/decl/sync.go) on the machine's semaphore table
 * (sync/mutex.go, sync/waitgroup.go, sync/once.go of go1.19 to go1.23, without their fast paths' atomics, which a
 * machine stepping one goroutine at a time does not need). A wait parks the goroutine; waking it is a
 * synchronisation point, so an exploration of schedules sees every order the real runtime allows.
 */
public final class SyncNatives implements NativePackage {

    @Override
    public String path() {
        return "sync";
    }

    @Override
    public void register(NativeTable t) {
        t.call("sync.(*Mutex).Lock", a -> new Lock(a));
        t.step("sync.(*Mutex).Unlock", SyncNatives::unlock);
        t.step("sync.(*Mutex).TryLock", SyncNatives::tryLock);
        SyncRWMutex.register(t);
        t.step("sync.(*WaitGroup).Add", a -> add(a, a.integer(1)));
        t.step("sync.(*WaitGroup).Done", a -> add(a, -1));
        t.call("sync.(*WaitGroup).Wait", a -> new Wait(a));
        t.call("sync.(*Once).Do", SyncOnce::new);
    }

    /** The struct a sync method's pointer receiver points to; null for a nil receiver. */
    static Value.StructValue receiver(NativeArgs a) {
        return a.arg(0) instanceof Value.PointerValue p ? (Value.StructValue) p.target().load() : null;
    }

    static NativeCall.Step nilReceiver(NativeArgs a) {
        return new NativeCall.Step.Refused("a method of a nil *" + a.function().name().replaceAll("^sync\\.\\(\\*(\\w+)\\).*",
                "sync.$1") + " (the real one faults in the runtime's own code)");
    }

    static long integer(Value v) {
        return ((Value.IntValue) v).value();
    }

    static void setMutexState(Value.StructValue m, long state) {
        m.fields()[0] = new Value.IntValue(Type.INT32, state);
    }

    /** sync.Mutex.Lock: take it, or park until an Unlock wakes this goroutine to try again (at the queue's head). */
    private static final class Lock implements NativeCall {
        private final NativeArgs a;
        private boolean woken;

        Lock(NativeArgs a) {
            this.a = a;
        }

        @Override
        public Step step(List<Value> results) {
            Host host = a.host();
            woken |= host.collectParked() != null;
            Value.StructValue m = receiver(a);
            if (m == null) {
                return nilReceiver(a);
            }
            if (integer(m.fields()[0]) == 0) {
                setMutexState(m, 1);
                host.syncPoint(false);
                return a.done();
            }
            host.semaphores().sleep(host, m, host.version().atLeast(20) ? "sync.Mutex.Lock" : "semacquire", woken);
            return new Step.Wait();
        }
    }

    /** sync.Mutex.Unlock: a fatal error (not a panic) on an unlocked mutex; else wake the oldest waiter. */
    private static NativeCall.Step unlock(NativeArgs a) {
        Value.StructValue m = receiver(a);
        if (m == null) {
            return nilReceiver(a);
        }
        if (integer(m.fields()[0]) == 0) {
            return new NativeCall.Step.Fatal("sync: unlock of unlocked mutex");
        }
        unlock(a.host(), m);
        return a.done();
    }

    /** sync.Mutex.TryLock: takes an unlocked mutex, else reports false at once. */
    private static NativeCall.Step tryLock(NativeArgs a) {
        Value.StructValue m = receiver(a);
        if (m == null) {
            return nilReceiver(a);
        }
        a.host().syncPoint(false);
        if (integer(m.fields()[0]) != 0) {
            return a.done(false);
        }
        setMutexState(m, 1);
        return a.done(true);
    }

    static void unlock(Host host, Value.StructValue m) {
        setMutexState(m, 0);
        host.semaphores().wakeOne(host, m);
        host.syncPoint(false);
    }

    /** The WaitGroup's state word: counter in the high 32 bits, waiters in the low ones (go1.20's layout). */
    private static Value.StructValue state(Value.StructValue wg) {
        return (Value.StructValue) wg.fields()[1];
    }

    private static long stateWord(Value.StructValue wg) {
        return integer(state(wg).fields()[2]);
    }

    private static void setStateWord(Value.StructValue wg, long word) {
        state(wg).fields()[2] = new Value.IntValue(Type.UINT64, word);
    }

    /** sync.WaitGroup.Add: a negative counter panics; reaching zero wakes every waiter. */
    private static NativeCall.Step add(NativeArgs a, long delta) {
        Value.StructValue wg = receiver(a);
        if (wg == null) {
            return nilReceiver(a);
        }
        long word = stateWord(wg);
        long counter = (word >> 32) + delta;
        long waiters = word & 0xffffffffL;
        if (counter < 0) {
            setStateWord(wg, (counter << 32) | waiters);
            return a.panicString("sync: negative WaitGroup counter");
        }
        if (counter > 0 || waiters == 0) {
            setStateWord(wg, (counter << 32) | waiters);
            return a.done();
        }
        setStateWord(wg, 0);
        a.host().semaphores().wakeAll(a.host(), wg);
        a.host().syncPoint(false);
        return a.done();
    }

    /** sync.WaitGroup.Wait: returns at once with a zero counter, else when the counter reaches zero. */
    private static final class Wait implements NativeCall {
        private final NativeArgs a;
        private Semaphores.Ticket ticket;

        Wait(NativeArgs a) {
            this.a = a;
        }

        @Override
        public Step step(List<Value> results) {
            Host host = a.host();
            host.collectParked();
            if (ticket != null && ticket.released()) {
                return a.done();
            }
            Value.StructValue wg = receiver(a);
            if (wg == null) {
                return nilReceiver(a);
            }
            long word = stateWord(wg);
            if (word >> 32 == 0) {
                return a.done();
            }
            setStateWord(wg, word + 1);
            ticket = host.semaphores().sleep(host, wg, "semacquire", false);
            return new Step.Wait();
        }
    }
}

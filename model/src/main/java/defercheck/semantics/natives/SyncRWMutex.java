package defercheck.semantics.natives;

import defercheck.ir.Type;
import defercheck.semantics.Cell;
import defercheck.semantics.Host;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.NativeTable;
import defercheck.semantics.Value;
import java.util.List;

/**
 * sync.RWMutex (sync/rwmutex.go of go1.19 to go1.23) on its own fields, as the real one keeps them: the writers'
 * mutex {@code w}, {@code readerCount} (readers holding or waiting; a pending writer subtracts 2^30 from it, so a
 * new reader sees a negative count and waits: the writer preference) and {@code readerWait} (readers the writer
 * still waits for). The semaphores {@code writerSem} and {@code readerSem} are keys of the machine's table. Each
 * native runs in one machine step, so the counters never meet the races the real code's atomics resolve.
 */
final class SyncRWMutex {
    /** rwmutexMaxReaders. */
    private static final long MAX_READERS = 1L << 30;
    private static final int W = 0;
    private static final int WRITER_SEM = 1;
    private static final int READER_SEM = 2;
    private static final int READER_COUNT = 3;
    private static final int READER_WAIT = 4;

    private SyncRWMutex() {
    }

    static void register(NativeTable t) {
        t.call("sync.(*RWMutex).Lock", Lock::new);
        t.step("sync.(*RWMutex).Unlock", SyncRWMutex::unlock);
        t.call("sync.(*RWMutex).RLock", RLock::new);
        t.step("sync.(*RWMutex).RUnlock", SyncRWMutex::rUnlock);
        t.step("sync.(*RWMutex).TryLock", SyncRWMutex::tryLock);
        t.step("sync.(*RWMutex).TryRLock", SyncRWMutex::tryRLock);
        t.step("sync.(*RWMutex).RLocker", a -> a.done(new Value.PointerValue(
                new Type.Pointer(a.libraryType("sync.rlocker")), ((Value.PointerValue) a.arg(0)).target())));
        t.call("sync.(*rlocker).Lock", RLock::new);
        t.step("sync.(*rlocker).Unlock", SyncRWMutex::rUnlock);
    }

    /** A counter field: an int32 before go1.20, the value of an atomic.Int32 from go1.20 on. */
    private static long counter(Value.StructValue rw, int field) {
        Value v = rw.fields()[field];
        return SyncNatives.integer(v instanceof Value.StructValue s ? s.fields()[1] : v);
    }

    private static void setCounter(Value.StructValue rw, int field, long n) {
        Value v = new Value.IntValue(Type.INT32, n);
        if (rw.fields()[field] instanceof Value.StructValue s) {
            s.fields()[1] = v;
        } else {
            rw.fields()[field] = v;
        }
    }

    private static Value.StructValue w(Value.StructValue rw) {
        return (Value.StructValue) rw.fields()[W];
    }

    /** The key of a semaphore word in the machine's table: the word's location. */
    private static Cell sema(Value.StructValue rw, int field) {
        return new Cell(rw.fields(), field);
    }

    /** The wait reason go1.20 gave each semaphore of the sync package; go1.19 said "semacquire" for all. */
    private static String reason(Host host, String since20) {
        return host.version().atLeast(20) ? since20 : "semacquire";
    }

    /** RWMutex.Lock: take {@code w} as Mutex.Lock does, announce the writer, then wait for the readers in. */
    private static final class Lock implements NativeCall {
        private final NativeArgs a;
        private boolean woken;
        private boolean waitingForReaders;

        Lock(NativeArgs a) {
            this.a = a;
        }

        @Override
        public Step step(List<Value> results) {
            Host host = a.host();
            woken |= host.collectParked() != null;
            if (waitingForReaders) {
                return a.done();
            }
            Value.StructValue rw = SyncNatives.receiver(a);
            if (rw == null) {
                return SyncNatives.nilReceiver(a);
            }
            Value.StructValue w = w(rw);
            if (SyncNatives.integer(w.fields()[0]) != 0) {
                host.semaphores().sleep(host, w, reason(host, "sync.Mutex.Lock"), woken);
                return new Step.Wait();
            }
            SyncNatives.setMutexState(w, 1);
            long readers = counter(rw, READER_COUNT);
            setCounter(rw, READER_COUNT, readers - MAX_READERS);
            host.syncPoint(false);
            if (readers != 0) {
                long departing = counter(rw, READER_WAIT) + readers;
                setCounter(rw, READER_WAIT, departing);
                if (departing != 0) {
                    waitingForReaders = true;
                    host.semaphores().sleep(host, sema(rw, WRITER_SEM), reason(host, "sync.RWMutex.Lock"), false);
                    return new Step.Wait();
                }
            }
            return a.done();
        }
    }

    /** RWMutex.Unlock: a fatal error unless write-locked; else let in every reader that waited, then free w. */
    private static NativeCall.Step unlock(NativeArgs a) {
        Value.StructValue rw = SyncNatives.receiver(a);
        if (rw == null) {
            return SyncNatives.nilReceiver(a);
        }
        long readers = counter(rw, READER_COUNT) + MAX_READERS;
        if (readers >= MAX_READERS) {
            return new NativeCall.Step.Fatal("sync: Unlock of unlocked RWMutex");
        }
        setCounter(rw, READER_COUNT, readers);
        Host host = a.host();
        for (long i = 0; i < readers; i++) {
            host.semaphores().wakeOne(host, sema(rw, READER_SEM));
        }
        SyncNatives.unlock(host, w(rw));
        return a.done();
    }

    /** RWMutex.RLock (and RLocker's Lock): count in, and wait while a writer holds or waits for the lock. */
    private static final class RLock implements NativeCall {
        private final NativeArgs a;
        private boolean waited;

        RLock(NativeArgs a) {
            this.a = a;
        }

        @Override
        public Step step(List<Value> results) {
            Host host = a.host();
            host.collectParked();
            if (waited) {
                return a.done();
            }
            Value.StructValue rw = SyncNatives.receiver(a);
            if (rw == null) {
                return SyncNatives.nilReceiver(a);
            }
            long readers = counter(rw, READER_COUNT) + 1;
            setCounter(rw, READER_COUNT, readers);
            host.syncPoint(false);
            if (readers < 0) {
                waited = true;
                host.semaphores().sleep(host, sema(rw, READER_SEM), reason(host, "sync.RWMutex.RLock"), false);
                return new Step.Wait();
            }
            return a.done();
        }
    }

    /** RWMutex.RUnlock: a fatal error without a reader; the last reader a writer waits for wakes it. */
    private static NativeCall.Step rUnlock(NativeArgs a) {
        Value.StructValue rw = SyncNatives.receiver(a);
        if (rw == null) {
            return SyncNatives.nilReceiver(a);
        }
        long readers = counter(rw, READER_COUNT) - 1;
        if (readers < 0 && (readers + 1 == 0 || readers + 1 == -MAX_READERS)) {
            return new NativeCall.Step.Fatal("sync: RUnlock of unlocked RWMutex");
        }
        setCounter(rw, READER_COUNT, readers);
        Host host = a.host();
        if (readers < 0) {
            long departing = counter(rw, READER_WAIT) - 1;
            setCounter(rw, READER_WAIT, departing);
            if (departing == 0) {
                host.semaphores().wakeOne(host, sema(rw, WRITER_SEM));
            }
        }
        host.syncPoint(false);
        return a.done();
    }

    /** RWMutex.TryLock: only with w free and no reader in. */
    private static NativeCall.Step tryLock(NativeArgs a) {
        Value.StructValue rw = SyncNatives.receiver(a);
        if (rw == null) {
            return SyncNatives.nilReceiver(a);
        }
        a.host().syncPoint(false);
        Value.StructValue w = w(rw);
        if (SyncNatives.integer(w.fields()[0]) != 0 || counter(rw, READER_COUNT) != 0) {
            return a.done(false);
        }
        SyncNatives.setMutexState(w, 1);
        setCounter(rw, READER_COUNT, -MAX_READERS);
        return a.done(true);
    }

    /** RWMutex.TryRLock: only while no writer holds or waits for the lock. */
    private static NativeCall.Step tryRLock(NativeArgs a) {
        Value.StructValue rw = SyncNatives.receiver(a);
        if (rw == null) {
            return SyncNatives.nilReceiver(a);
        }
        a.host().syncPoint(false);
        long readers = counter(rw, READER_COUNT);
        if (readers < 0) {
            return a.done(false);
        }
        setCounter(rw, READER_COUNT, readers + 1);
        return a.done(true);
    }
}

package defercheck.semantics.natives;

import defercheck.ir.Type;
import defercheck.semantics.Host;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.Value;
import java.util.List;

/**
 * sync.Once.Do (sync/once.go): the first call locks the Once's mutex, calls f and then marks it done and unlocks
 * (in Go by deferred calls, so a panicking f leaves it done too); every other call returns once done, waiting
 * while f runs.
 */
final class SyncOnce implements NativeCall {
    private final NativeArgs a;
    private boolean calling;

    SyncOnce(NativeArgs a) {
        this.a = a;
    }

    @Override
    public Step step(List<Value> results) {
        Host host = a.host();
        host.collectParked();
        Value.StructValue o = SyncNatives.receiver(a);
        if (o == null) {
            return new Step.Refused("sync.(*Once).Do of a nil *sync.Once (the real one faults in the runtime's own code)");
        }
        Value.StructValue m = (Value.StructValue) o.fields()[1];
        if (calling) {
            return finish(host, o, m);
        }
        if (SyncNatives.integer(o.fields()[0]) != 0) {
            return a.done();
        }
        if (SyncNatives.integer(m.fields()[0]) != 0) {
            if (host.semaphores().holderGone(m)) {
                return finish(host, o, m);
            }
            host.semaphores().sleep(host, m, host.version().atLeast(20) ? "sync.Mutex.Lock" : "semacquire", false);
            return new Step.Wait();
        }
        if (!(a.arg(1) instanceof Value.FuncValue f)) {
            return new Step.Refused("sync.(*Once).Do of a nil func (the real one faults in the runtime's own code)");
        }
        SyncNatives.setMutexState(m, 1);
        host.semaphores().own(host, m);
        calling = true;
        return new Step.Call(f, List.of(), 0);
    }

    /** once.go's deferred o.done.Store(1) and o.m.Unlock(): every goroutine waiting on the Once returns. */
    private Step finish(Host host, Value.StructValue o, Value.StructValue m) {
        o.fields()[0] = new Value.IntValue(Type.UINT32, 1);
        host.semaphores().release(m);
        SyncNatives.setMutexState(m, 0);
        host.semaphores().wakeAll(host, m);
        host.syncPoint(false);
        return a.done();
    }
}

package defercheck.semantics.natives;

import defercheck.ir.Type;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.NativeTable;
import defercheck.semantics.RuntimeErrorKind;
import defercheck.semantics.Value;
import defercheck.semantics.Values;

/**
 * atomic.Value (sync/atomic/value.go): its field {@code v} holds nil until the first Store fixes the dynamic type;
 * storing nil, or a value of another dynamic type, panics with the package's strings. CompareAndSwap compares
 * with Go's ==, which panics where it meets a slice, map or func (runtime.efaceeq).
 */
final class AtomicValue {
    private static final String M = "sync/atomic.(*Value).";

    private AtomicValue() {
    }

    static void register(NativeTable t) {
        t.step(M + "Load", a -> withValue(a, v -> {
            a.host().syncPoint(false);
            return a.done(v.fields()[0]);
        }));
        t.step(M + "Store", a -> withValue(a, v -> exchange(a, v, a.arg(1), "store")));
        t.step(M + "Swap", a -> withValue(a, v -> exchange(a, v, a.arg(1), "swap")));
        t.step(M + "CompareAndSwap", a -> withValue(a, v -> compareAndSwap(a, v, a.arg(1), a.arg(2))));
    }

    private static NativeCall.Step withValue(NativeArgs a, java.util.function.Function<Value.StructValue,
            NativeCall.Step> op) {
        if (!(a.arg(0) instanceof Value.PointerValue p)) {
            return a.nilDereference();
        }
        return op.apply((Value.StructValue) p.target().load());
    }

    private static boolean isNil(Value x) {
        return x instanceof Value.NilValue;
    }

    /** Store and Swap: the new value's dynamic type must be the first one stored. */
    private static NativeCall.Step exchange(NativeArgs a, Value.StructValue v, Value x, String op) {
        if (isNil(x)) {
            return a.panicString("sync/atomic: " + op + " of nil value into Value");
        }
        Value old = v.fields()[0];
        if (!isNil(old) && !Values.equalTypes(old, x)) {
            return a.panicString("sync/atomic: " + op + " of inconsistently typed value into Value");
        }
        v.fields()[0] = Values.copy(x);
        a.host().syncPoint(false);
        return op.equals("store") ? a.done() : a.done(old);
    }

    private static NativeCall.Step compareAndSwap(NativeArgs a, Value.StructValue v, Value old, Value x) {
        if (isNil(x)) {
            return a.panicString("sync/atomic: compare and swap of nil value into Value");
        }
        if (!isNil(old) && !Values.equalTypes(old, x)) {
            return a.panicString("sync/atomic: compare and swap of inconsistently typed values");
        }
        Value cur = v.fields()[0];
        a.host().syncPoint(false);
        if (isNil(cur)) {
            if (!isNil(old)) {
                return a.done(false);
            }
            v.fields()[0] = Values.copy(x);
            return a.done(true);
        }
        if (!Values.equalTypes(cur, x)) {
            return a.panicString("sync/atomic: compare and swap of inconsistently typed value into Value");
        }
        // value.go's i != old on two interfaces: runtime.efaceeq panics on a slice, map or func where it meets one
        defercheck.ir.Type bad = Values.comparisonPanic(cur, old, Type.ANY);
        if (bad != null) {
            return new NativeCall.Step.Panic(new Value.RuntimeErrorValue(RuntimeErrorKind.ERROR_STRING,
                    "runtime error: comparing uncomparable type " + bad.runtimeName()));
        }
        if (!Values.goEqual(cur, old, Type.ANY)) {
            return a.done(false);
        }
        v.fields()[0] = Values.copy(x);
        return a.done(true);
    }
}

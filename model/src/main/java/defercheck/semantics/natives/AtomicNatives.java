package defercheck.semantics.natives;

import defercheck.ir.Type;
import defercheck.semantics.Cell;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.NativePackage;
import defercheck.semantics.NativeTable;
import defercheck.semantics.Ref;
import defercheck.semantics.Value;
import java.util.List;
import java.util.function.LongBinaryOperator;

/**
 * Package sync/atomic (declarations: resources/defercheck/lib/decl/sync/atomic.go). A machine steps one goroutine
 * at a time, so each operation is one indivisible step on its word; what makes it atomic for the model is that
 * it is a synchronisation point, where an exploration of schedules may switch goroutines as the hardware may
 * order the operations. A nil address faults as the real assembly does (a nil dereference panic).
 */
public final class AtomicNatives implements NativePackage {
    private static final String PKG = "sync/atomic.";
    private static final List<String> INTEGERS = List.of("Int32", "Int64", "Uint32", "Uint64", "Uintptr");

    @Override
    public String path() {
        return "sync/atomic";
    }

    @Override
    public void register(NativeTable t) {
        for (String k : INTEGERS) {
            t.step(PKG + "Add" + k, a -> word(a, addr(a), (old, d) -> old + d, true));
            t.step(PKG + "And" + k, a -> word(a, addr(a), (old, m) -> old & m, false));
            t.step(PKG + "Or" + k, a -> word(a, addr(a), (old, m) -> old | m, false));
            t.step(PKG + "Load" + k, a -> load(a, addr(a)));
            t.step(PKG + "Store" + k, a -> store(a, addr(a), a.arg(1)));
            t.step(PKG + "Swap" + k, a -> swap(a, addr(a), a.arg(1)));
            t.step(PKG + "CompareAndSwap" + k, a -> compareAndSwap(a, addr(a), a.arg(1), a.arg(2)));
            String m = PKG + "(*" + k + ").";
            t.step(m + "Add", a -> word(a, field(a), (old, d) -> old + d, true));
            t.step(m + "And", a -> word(a, field(a), (old, mask) -> old & mask, false));
            t.step(m + "Or", a -> word(a, field(a), (old, mask) -> old | mask, false));
            t.step(m + "Load", a -> load(a, field(a)));
            t.step(m + "Store", a -> store(a, field(a), a.arg(1)));
            t.step(m + "Swap", a -> swap(a, field(a), a.arg(1)));
            t.step(m + "CompareAndSwap", a -> compareAndSwap(a, field(a), a.arg(1), a.arg(2)));
        }
        String b = PKG + "(*Bool).";
        t.step(b + "Load", a -> boolResult(a, load(a, field(a))));
        t.step(b + "Store", a -> store(a, field(a), b32(a.arg(1))));
        t.step(b + "Swap", a -> boolResult(a, swap(a, field(a), b32(a.arg(1)))));
        t.step(b + "CompareAndSwap", a -> compareAndSwap(a, field(a), b32(a.arg(1)), b32(a.arg(2))));
        AtomicValue.register(t);
    }

    /** The word a package function's first argument points to; null for a nil pointer. */
    private static Ref addr(NativeArgs a) {
        return a.arg(0) instanceof Value.PointerValue p ? p.target() : null;
    }

    /** The word of a typed value (its last field, v) a method's receiver points to; null for a nil receiver. */
    private static Ref field(NativeArgs a) {
        if (!(a.arg(0) instanceof Value.PointerValue p)) {
            return null;
        }
        Value[] fields = ((Value.StructValue) p.target().load()).fields();
        return new Cell(fields, fields.length - 1);
    }

    private static long bits(Value v) {
        return ((Value.IntValue) v).value();
    }

    /** Add returns the new value, And and Or the old one; the sum wraps at the word's width. */
    private static NativeCall.Step word(NativeArgs a, Ref r, LongBinaryOperator op, boolean returnsNew) {
        if (r == null) {
            return a.nilDereference();
        }
        Value.IntValue old = (Value.IntValue) r.load();
        Value.IntValue now = new Value.IntValue(old.type(), op.applyAsLong(old.value(), bits(a.arg(1))));
        r.store(now);
        a.host().syncPoint(false);
        return a.done(returnsNew ? now.value() : old.value());
    }

    private static NativeCall.Step load(NativeArgs a, Ref r) {
        if (r == null) {
            return a.nilDereference();
        }
        a.host().syncPoint(false);
        return a.done(bits(r.load()));
    }

    private static NativeCall.Step store(NativeArgs a, Ref r, Value v) {
        if (r == null) {
            return a.nilDereference();
        }
        r.store(new Value.IntValue(r.load().type(), bits(v)));
        a.host().syncPoint(false);
        return a.done();
    }

    private static NativeCall.Step swap(NativeArgs a, Ref r, Value v) {
        if (r == null) {
            return a.nilDereference();
        }
        long old = bits(r.load());
        r.store(new Value.IntValue(r.load().type(), bits(v)));
        a.host().syncPoint(false);
        return a.done(old);
    }

    private static NativeCall.Step compareAndSwap(NativeArgs a, Ref r, Value old, Value v) {
        if (r == null) {
            return a.nilDereference();
        }
        Value.IntValue cur = (Value.IntValue) r.load();
        boolean swapped = cur.value() == new Value.IntValue(cur.type(), bits(old)).value();
        if (swapped) {
            r.store(new Value.IntValue(cur.type(), bits(v)));
        }
        a.host().syncPoint(false);
        return a.done(swapped);
    }

    /** Bool keeps a uint32 (type.go's b32). */
    private static Value b32(Value b) {
        return new Value.IntValue(Type.UINT32, ((Value.BoolValue) b).value() ? 1 : 0);
    }

    /** A word's step turned into Bool's: the word's value is true when not zero. */
    private static NativeCall.Step boolResult(NativeArgs a, NativeCall.Step s) {
        if (s instanceof NativeCall.Step.Done d && d.results().size() == 1) {
            return a.done(bits(d.results().get(0)) != 0);
        }
        return s;
    }
}

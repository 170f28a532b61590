package defercheck.semantics;

import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.semantics.Value.ArrayValue;
import defercheck.semantics.Value.IntValue;
import defercheck.semantics.Value.MapValue;
import defercheck.semantics.Value.NilValue;
import defercheck.semantics.Value.PointerValue;
import defercheck.semantics.Value.SliceValue;
import defercheck.semantics.Value.StringValue;
import defercheck.source.Span;

/**
 * Slices, strings and maps: slice expressions, make, map lookups and stores, append. Bounds are checked in the
 * runtime's order with its messages.
 */
final class Containers {
    private final Host machine;

    Containers(Host machine) {
        this.machine = machine;
    }

    boolean execute(Frame f, Instr in) {
        if (in instanceof Instr.Slice s) {
            slice(f, s);
        } else if (in instanceof Instr.MakeSlice m) {
            makeSlice(f, m);
        } else if (in instanceof Instr.MakeMap m) {
            if (m.hasSize()) {
                f.pop();
            }
            f.push(new MapValue(m.type(), new MapStore()));
        } else if (in instanceof Instr.MapIndex m) {
            mapIndex(f, m);
        } else if (in instanceof Instr.MapStore m) {
            Value k = f.pop();
            Value map = f.pop();
            Value v = f.pop();
            if (unhashable(f, k, m.span())) {
                return true;
            }
            if (map instanceof MapValue mv) {
                mv.store().put(Values.copy(k), v);
            } else {
                RuntimeErrors.plain(machine, f, "assignment to entry in nil map", m.span());
            }
        } else if (in instanceof Instr.MapInsert m) {
            Value v = f.pop();
            Value k = f.pop();
            Value map = f.pop();
            if (unhashable(f, k, m.span())) {
                return true;
            }
            ((MapValue) map).store().put(k, v);
            f.push(map);
        } else if (in instanceof Instr.Append a) {
            append(f, a);
        } else if (in instanceof Instr.DecodeRune) {
            IntValue i = (IntValue) f.pop();
            String s = ((StringValue) f.pop()).value();
            long d = defercheck.source.ByteStrings.decodeRune(s, (int) i.value());
            f.push(new IntValue(Type.RUNE, d >>> 32));
            f.push(new IntValue(Type.INT, i.value() + (int) d));
        } else if (in instanceof Instr.MapKeys k) {
            Value map = f.pop();
            Value[] keys = map instanceof MapValue mv ? mv.store().keys().toArray(new Value[0]) : new Value[0];
            if (keys.length > 1 && !order(keys, k.span())) {
                refuse("range over a map of " + keys.length + " entries (Go's iteration order is unspecified and"
                        + " gc randomizes it: a single run does not pick one; 'defercheck run' explores them all)",
                        k.span());
                return true;
            }
            f.push(new SliceValue(k.type(), keys, 0, keys.length, keys.length));
        } else if (in instanceof Instr.MapRangeEnd end) {
            SliceValue keys = (SliceValue) f.pop();
            Value map = f.pop();
            if (map instanceof MapValue mv && grew(mv.store(), keys)) {
                refuse("an entry added to a map while ranging over it (Go may or may not produce it)", end.span());
            }
        } else if (in instanceof Instr.MapHas) {
            Value k = f.pop();
            Value map = f.pop();
            f.push(Value.BoolValue.of(map instanceof MapValue mv && mv.store().get(k) != null));
        } else {
            return false;
        }
        return true;
    }

    /**
     * The order of a range over a map: Go leaves it unspecified (Go spec, "For statements with range clause"; gc
     * starts each range at a random entry, runtime.mapiterinit). The {@link Chooser} picks each next entry among
     * those not produced yet, so an exploration meets every order the spec allows (a superset of gc's); the
     * default chooser refuses (false).
     */
    private boolean order(Value[] keys, Span at) {
        for (int i = 0; i < keys.length - 1; i++) {
            int c = machine.choose(Chooser.Kind.MAP_ORDER, keys.length - i, at);
            if (c == Chooser.REFUSE) {
                return false;
            }
            int pick = i + c;
            Value chosen = keys[pick];
            System.arraycopy(keys, i, keys, i + 1, pick - i);
            keys[i] = chosen;
        }
        return true;
    }

    private void refuse(String reason, Span span) {
        machine.finish(Outcome.Kind.REFUSED, 65, span, span.position() + ": unsupported: " + reason + "\n");
    }

    /** Whether the map has a key the range loop's snapshot did not. */
    private static boolean grew(MapStore store, SliceValue snapshot) {
        for (Value k : store.keys()) {
            boolean known = false;
            for (int i = 0; i < snapshot.len() && !known; i++) {
                Value s = snapshot.array()[snapshot.offset() + i];
                known = s == k || Values.equal(k, s);
            }
            if (!known) {
                return true;
            }
        }
        return false;
    }

    private void slice(Frame f, Instr.Slice s) {
        IntValue max = s.max() ? (IntValue) f.pop() : null;
        IntValue hi = s.hi() ? (IntValue) f.pop() : null;
        IntValue lo = s.lo() ? (IntValue) f.pop() : null;
        Value x = f.pop();
        Value[] array = null;
        int offset = 0;
        long len;
        long cap;
        boolean isString = x instanceof StringValue;
        if (x instanceof StringValue str) {
            len = str.value().length();
            cap = len;
        } else if (x instanceof SliceValue sl) {
            array = sl.array();
            offset = sl.offset();
            len = sl.len();
            cap = sl.cap();
        } else if (x instanceof PointerValue p && p.target() instanceof ArrayWindow w) {
            array = w.slots();
            offset = w.offset();
            len = w.length();
            cap = len;
        } else if (x instanceof PointerValue p) {
            array = ((ArrayValue) p.target().load()).elements();
            len = array.length;
            cap = len;
        } else if (x instanceof NilValue n && n.type().underlying() instanceof Type.Slice) {
            array = new Value[0];
            len = 0;
            cap = 0;
        } else {
            RuntimeErrors.nilDereference(machine, f, s.span());
            return;
        }
        boolean lenBound = isString || x instanceof PointerValue;
        long[] b = SliceBounds.check(machine, f, s, lo, hi, max, len, cap, lenBound);
        if (b == null) {
            return;
        }
        if (x instanceof StringValue str) {
            f.push(new StringValue(s.result(), str.value().substring((int) b[0], (int) b[1])));
        } else {
            f.push(new SliceValue(s.result(), array, offset + (int) b[0], (int) (b[1] - b[0]), (int) (b[2] - b[0])));
        }
    }

    /** The largest slice the machines make (one Value per element): a larger one that Go would make is refused. */
    private static final long MAX_ELEMENTS = 1 << 24;
    /** runtime.maxAlloc on 64-bit Linux: 1 << heapAddrBits (48). */
    private static final long MAX_ALLOC = 1L << 48;

    /** Mirrors runtime.makeslice: a panic when len or cap times the element size is beyond maxAlloc. */
    private void makeSlice(Frame f, Instr.MakeSlice m) {
        IntValue cap = m.hasCap() ? (IntValue) f.pop() : null;
        IntValue len = (IntValue) f.pop();
        long size = defercheck.ir.TypeSizes.size(((Type.Slice) m.type().underlying()).elem());
        boolean lenBad = outOfRange(len, size);
        boolean capBad = cap != null && (outOfRange(cap, size) || cap.value() < len.value());
        if (lenBad || capBad) {
            RuntimeErrors.raise(machine, f, "makeslice: " + (lenBad ? "len" : "cap") + " out of range", m.span());
            return;
        }
        long c = cap == null ? len.value() : cap.value();
        if (c > MAX_ELEMENTS) {
            Natives.refuse(machine, new NativeCall.Step.Refused("make of a slice of " + c + " elements (the model holds "
                    + MAX_ELEMENTS + ")"), m.span());
            return;
        }
        Value[] array = new Value[(int) c];
        Zero.fillZero(array, ((Type.Slice) m.type().underlying()).elem());
        f.push(new SliceValue(m.type(), array, 0, (int) len.value(), (int) c));
    }

    /** A size negative, or (unsigned) beyond int, or whose bytes are beyond maxAlloc. */
    private static boolean outOfRange(IntValue n, long elemSize) {
        if (n.value() < 0) {
            return true;
        }
        return elemSize != 0 && n.value() > MAX_ALLOC / elemSize;
    }

    /**
     * A key of an interface-typed map whose dynamic type is not comparable cannot be hashed: the runtime panics
     * (runtime.typehash: "hash of unhashable type T"). Returns whether it raised that panic.
     */
    boolean unhashable(Frame f, Value k, defercheck.source.Span span) {
        Type bad = Equality.unhashable(k);
        if (bad == null) {
            return false;
        }
        RuntimeErrors.raise(machine, f, "hash of unhashable type " + bad.runtimeName(), span);
        return true;
    }

    private void mapIndex(Frame f, Instr.MapIndex m) {
        Value k = f.pop();
        Value map = f.pop();
        if (unhashable(f, k, m.span())) {
            return;
        }
        Value v = map instanceof MapValue mv ? mv.store().get(k) : null;
        f.push(v == null ? Zero.of(m.valueType()) : Values.copy(v));
        if (m.commaOk()) {
            f.push(Value.BoolValue.of(v != null));
        }
    }

    private void append(Frame f, Instr.Append a) {
        java.util.List<Value> args = f.popN(a.argc());
        Value s = args.get(0);
        java.util.List<Value> extra = a.spread() ? elements(args.get(1)) : args.subList(1, args.size());
        Type elem = ((Type.Slice) a.type().underlying()).elem();
        Value[] array = s instanceof SliceValue sl ? sl.array() : new Value[0];
        int offset = s instanceof SliceValue sl ? sl.offset() : 0;
        int len = s instanceof SliceValue sl ? sl.len() : 0;
        int cap = s instanceof SliceValue sl ? sl.cap() : 0;
        if (extra.isEmpty()) {
            f.push(s instanceof NilValue ? s : new SliceValue(a.type(), array, offset, len, cap));
            return;
        }
        int newLen = len + extra.size();
        if (newLen > cap) {
            int newCap = (int) SliceGrowth.newCap(machine.version(), elem, len, cap, newLen);
            Value[] grown = new Value[newCap];
            for (int i = 0; i < len; i++) {
                grown[i] = Values.copy(array[offset + i]);
            }
            for (int i = newLen; i < newCap; i++) {
                grown[i] = Zero.of(elem);
            }
            array = grown;
            offset = 0;
            cap = newCap;
        }
        for (int i = 0; i < extra.size(); i++) {
            array[offset + len + i] = Values.copy(extra.get(i));
        }
        f.push(new SliceValue(a.type(), array, offset, newLen, cap));
    }

    /** The elements of a slice (copied later) or the bytes of a string, for {@code append(s, t...)}. */
    static java.util.List<Value> elements(Value t) {
        java.util.List<Value> out = new java.util.ArrayList<>();
        if (t instanceof SliceValue sl) {
            for (int i = 0; i < sl.len(); i++) {
                out.add(sl.get(i));
            }
        } else if (t instanceof StringValue str) {
            for (int i = 0; i < str.value().length(); i++) {
                out.add(new IntValue(Type.UINT8, str.value().charAt(i)));
            }
        }
        return out;
    }
}

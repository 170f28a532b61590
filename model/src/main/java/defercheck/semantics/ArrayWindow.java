package defercheck.semantics;

import defercheck.ir.Type;
import java.util.Arrays;

/**
 * The array a slice converted to an array pointer points to (Go spec "Conversions from slice to array or array
 * pointer"): elements {@code [offset, offset+length)} of the slice's backing array, shared, so writes through
 * either are seen by both. Two windows are the same location when they start at the same element.
 */
public record ArrayWindow(Type arrayType, Value[] slots, int offset, int length) implements Ref {

    /** A snapshot of the elements; code that writes into the array uses {@link #slots} from {@link #offset}. */
    @Override
    public Value load() {
        return new Value.ArrayValue(arrayType, Arrays.copyOfRange(slots, offset, offset + length));
    }

    @Override
    public void store(Value v) {
        Value[] from = ((Value.ArrayValue) v).elements();
        for (int i = 0; i < length; i++) {
            slots[offset + i] = Values.assignInto(slots[offset + i], from[i]);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayWindow w && w.slots == slots && w.offset == offset;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(slots) * 31 + offset;
    }
}

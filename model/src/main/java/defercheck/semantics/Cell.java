package defercheck.semantics;

/**
 * Slot {@code index} of {@code slots}: the storage of a struct's fields, an array's or slice's elements, or the
 * package variables. Two cells are the same location when they name the same array and index.
 */
public record Cell(Value[] slots, int index) implements Ref {

    @Override
    public Value load() {
        return slots[index];
    }

    @Override
    public void store(Value v) {
        slots[index] = Values.assignInto(slots[index], v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cell c && c.slots == slots && c.index == index;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(slots) * 31 + index;
    }
}

package defercheck.semantics;

/**
 * A variable that a closure captured or whose address is taken: frames, closures and pointers share the box,
 * so writes through any of them are seen by all (Go closures capture by reference). Mutable by nature;
 * identity is the variable.
 */
public final class Box implements Ref {
    private Value value;

    public Box(Value value) {
        this.value = value;
    }

    public Value get() {
        return value;
    }

    /** Replaces the value; for Go assignment (which keeps a struct's or array's storage) use {@link #store}. */
    public void set(Value v) {
        value = v;
    }

    @Override
    public Value load() {
        return value;
    }

    @Override
    public void store(Value v) {
        value = Values.assignInto(value, v);
    }

    @Override
    public String toString() {
        return "&" + value;
    }
}

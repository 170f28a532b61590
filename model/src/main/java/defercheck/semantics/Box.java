package defercheck.semantics;

/**
 * A variable that a closure captured: frames and closures share the box, so writes through either
 * are seen by both (Go closures capture by reference). Mutable by nature; identity is the variable.
 */
public final class Box {
    private Value value;

    public Box(Value value) {
        this.value = value;
    }

    public Value get() {
        return value;
    }

    public void set(Value v) {
        value = v;
    }

    @Override
    public String toString() {
        return "&" + value;
    }
}

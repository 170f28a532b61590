package defercheck.check;

import defercheck.ir.Type;
import defercheck.source.Span;

/**
 * A variable: package-level, parameter, result or local. Every declaration makes its own Var, so
 * shadowed variables are distinct. {@code owner} is the function that declares it (null for globals);
 * {@code captured} is set when a nested function literal refers to it, which makes it a boxed slot.
 */
public final class Var implements Obj {

    public enum Kind { GLOBAL, PARAM, RESULT, LOCAL }

    private final String name;
    private Type type;
    private final Span declared;
    private final Kind kind;
    private final FuncInfo owner;
    private final int globalIndex;
    private boolean used;
    private boolean captured;
    private boolean addressed;
    private boolean reassigned;

    public Var(String name, Type type, Span declared, Kind kind, FuncInfo owner, int globalIndex) {
        this.name = name;
        this.type = type;
        this.declared = declared;
        this.kind = kind;
        this.owner = owner;
        this.globalIndex = globalIndex;
    }

    /**
     * A variable the lowering adds, shared between a function and the closure of a range-over-func loop body
     * (gc's #next, #stateN and #defers): captured, so it lives in a box.
     */
    public static Var hidden(String name, Type type, Span declared, FuncInfo owner) {
        Var v = new Var(name, type, declared, Kind.LOCAL, owner, -1);
        v.captured = true;
        v.used = true;
        return v;
    }

    @Override
    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    public Span declared() {
        return declared;
    }

    public Kind kind() {
        return kind;
    }

    public FuncInfo owner() {
        return owner;
    }

    public int globalIndex() {
        return globalIndex;
    }

    public boolean used() {
        return used;
    }

    public boolean captured() {
        return captured;
    }

    /** Whether {@code &x} is taken somewhere: the variable then lives in a box that pointers share. */
    public boolean addressed() {
        return addressed;
    }

    /** Captured or addressed: the frame holds it in a {@code Box}, shared by closures and pointers. */
    public boolean boxed() {
        return captured || addressed;
    }

    /** Whether the variable is assigned anywhere besides its declaration (gc's ir.Reassigned). */
    public boolean reassigned() {
        return reassigned;
    }

    void markReassigned() {
        reassigned = true;
    }

    /**
     * Gives a package-level variable declared without a type the type of its initializer, which is checked
     * after the variable was declared (see PackageVars); until then {@link #type} is null.
     */
    void settle(Type t) {
        type = t;
    }

    void markUsed() {
        used = true;
    }

    void markAddressed() {
        addressed = true;
    }

    void markCaptured() {
        captured = true;
    }

    @Override
    public String toString() {
        return name + "@" + declared.position();
    }
}

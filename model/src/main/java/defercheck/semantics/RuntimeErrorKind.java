package defercheck.semantics;

import defercheck.ir.Type;
import defercheck.source.Span;
import java.util.List;

/**
 * The runtime's error types that the model can produce (runtime/error.go), with their Go type names. All
 * implement {@code error} and {@code runtime.Error}.
 */
public enum RuntimeErrorKind {
    /** runtime.errorString: integer divide by zero, nil dereference, negative shift amount, makeslice. */
    ERROR_STRING("errorString", false, Type.STRING),
    /** runtime.plainError: assignment to entry in nil map and other messages without the "runtime error: " prefix style. */
    PLAIN("plainError", false, Type.STRING),
    /** runtime.boundsError: index and slice bounds out of range. */
    BOUNDS("boundsError", false, new Type.Struct()),
    TYPE_ASSERTION("TypeAssertionError", true, new Type.Struct()),
    /** Go 1.21's value for panic(nil). */
    PANIC_NIL("PanicNilError", true, new Type.Struct());

    private final String name;
    private final boolean pointer;
    private final Type type;

    RuntimeErrorKind(String name, boolean pointer, Type underlying) {
        this.name = name;
        this.pointer = pointer;
        Type.Named named = new Type.Named(name, "runtime", Span.NONE, List.of(), 0);
        named.setUnderlying(underlying);
        this.type = pointer ? new Type.Pointer(named) : named;
    }

    /** The dynamic type as the runtime spells it: {@code runtime.errorString}, {@code *runtime.TypeAssertionError}. */
    public String goType() {
        return (pointer ? "*runtime." : "runtime.") + name;
    }

    public Type type() {
        return type;
    }

    /** Whether the type implements runtime.Error (all of them do). */
    public boolean isRuntimeError() {
        return true;
    }
}

package defercheck.semantics;

/** The runtime's error types that the subset can produce, with their Go type names. */
public enum RuntimeErrorKind {
    /** runtime.errorString: "runtime error: integer divide by zero" and the nil dereference. */
    ERROR_STRING("runtime.errorString", true),
    TYPE_ASSERTION("*runtime.TypeAssertionError", true),
    /** Go 1.21's value for panic(nil). */
    PANIC_NIL("*runtime.PanicNilError", true);

    private final String goType;
    private final boolean runtimeError;

    RuntimeErrorKind(String goType, boolean runtimeError) {
        this.goType = goType;
        this.runtimeError = runtimeError;
    }

    public String goType() {
        return goType;
    }

    /** Whether the type implements runtime.Error. */
    public boolean isRuntimeError() {
        return runtimeError;
    }
}

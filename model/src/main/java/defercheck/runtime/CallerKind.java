package defercheck.runtime;

/** Who called a frame, which decides where control goes when it returns. */
enum CallerKind {
    /** runtime.main calling main.main (or the package initializer first). */
    ENTRY_MAIN,
    ENTRY_INIT,
    /** An ordinary call: the results go to the caller's operand stack. */
    ORDINARY,
    /** The runtime called a deferred function: control goes back to the runtime routine below. */
    DEFERRED
}

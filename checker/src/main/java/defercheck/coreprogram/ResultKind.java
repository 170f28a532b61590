package defercheck.coreprogram;

/** How a core function returns its one int result: not at all, through an unnamed slot, or through {@code r}. */
public enum ResultKind {
    /** {@code func fN()} */
    NONE,
    /** {@code func fN() int}: closures can write a local {@code r}, but {@code return r} copied it first. */
    UNNAMED,
    /** {@code func fN() (r int)}: deferred closures write the very slot the caller receives. */
    NAMED;

    public boolean hasResult() {
        return this != NONE;
    }
}

package defercheck.fast;

/**
 * runtime/PanicRuntime: the part of the runtime that changed in Go 1.22, how deferreturn, gopanic, Goexit and
 * recovery walk the deferred calls. {@link FastLegacyRuntime} or {@link FastPanicLoopRuntime}.
 */
interface FastPanicRuntime {

    /** Clears the runtime's own state for a new run. */
    void reset();

    /** A frame that is not open-coded but has defer sites reaches its deferreturn call. */
    void deferreturn(int f);

    void gopanic(int f, int value);

    void goexit(int f);

    /** One step of the runtime routine running on top of frame {@code f}. */
    void resume(int f);
}

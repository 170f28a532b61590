package defercheck.semantics;

/** What a frame is doing: running its code, running its defers after return, or waiting inside gopanic. */
public enum FrameMode {
    RUNNING(""),
    /** After {@code return}: pops and runs its deferred calls LIFO, then returns its result slots. */
    EXITING(" (returning)"),
    /** Called panic or Goexit: the panic machinery runs deferred calls above it. */
    PANICKING(" (in gopanic)");

    private final String traceSuffix;

    FrameMode(String traceSuffix) {
        this.traceSuffix = traceSuffix;
    }

    /** What {@code run --trace} prints after the frame's name. */
    String traceSuffix() {
        return traceSuffix;
    }
}

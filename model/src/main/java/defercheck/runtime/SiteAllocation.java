package defercheck.runtime;

/**
 * Where the compiler puts one defer site's record, as {@code go build -gcflags=-d=defer} reports it:
 * "open-coded defer", "stack-allocated defer", "heap-allocated defer".
 */
public enum SiteAllocation {
    /** A bit of the frame's deferBits byte and a closure slot (Go 1.14+, ssagen openDeferRecord). */
    OPEN_CODED,
    /** A {@code _defer} in the frame, linked by runtime.deferprocStack (Go 1.13+). */
    STACK,
    /** A {@code _defer} from newdefer, linked by runtime.deferproc (every version; loop defers always). */
    HEAP
}

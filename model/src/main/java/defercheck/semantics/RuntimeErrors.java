package defercheck.semantics;

import defercheck.semantics.Value.IntValue;
import defercheck.source.GoVersion;
import defercheck.source.Span;

/** The run-time panics, with the runtime's exact messages (runtime/error.go). Shared by every machine. */
public final class RuntimeErrors {
    public static final String NIL_DEREFERENCE = "invalid memory address or nil pointer dereference";

    /**
     * runtime.boundsError's codes and their texts: the first with the index x and the length or capacity y, the
     * second when x is negative (then y is not shown).
     */
    enum Bounds {
        INDEX("index out of range [%x] with length %y", "index out of range [%x]"),
        SLICE_ALEN("slice bounds out of range [:%x] with length %y", "slice bounds out of range [:%x]"),
        SLICE_ACAP("slice bounds out of range [:%x] with capacity %y", "slice bounds out of range [:%x]"),
        SLICE_B("slice bounds out of range [%x:%y]", "slice bounds out of range [%x:]"),
        SLICE3_ALEN("slice bounds out of range [::%x] with length %y", "slice bounds out of range [::%x]"),
        SLICE3_ACAP("slice bounds out of range [::%x] with capacity %y", "slice bounds out of range [::%x]"),
        SLICE3_B("slice bounds out of range [:%x:%y]", "slice bounds out of range [:%x:]"),
        SLICE3_C("slice bounds out of range [%x:%y:]", "slice bounds out of range [%x::]");

        private final String format;
        private final String negative;

        Bounds(String format, String negative) {
            this.format = format;
            this.negative = negative;
        }

        String text(String x, boolean xNegative, long y) {
            return (xNegative ? negative : format).replace("%x", x).replace("%y", Long.toString(y));
        }
    }

    private RuntimeErrors() {
    }

    /** A runtime.Error panic such as "runtime error: integer divide by zero". */
    public static void raise(Host host, Frame f, String message, Span span) {
        host.raisePanic(f, new Value.RuntimeErrorValue(RuntimeErrorKind.ERROR_STRING, "runtime error: " + message), span);
    }

    /** Calling a nil func or loading through a nil pointer faults (SIGSEGV), which the runtime turns into a panic. */
    public static void nilDereference(Host host, Frame f, Span span) {
        host.markSignalled();
        raise(host, f, NIL_DEREFERENCE, span);
    }

    /** Whether index {@code i} (any integer type; unsigned ones by their bits) is within {@code [0, length)}. */
    static boolean inRange(IntValue i, long length) {
        return i.unsigned() ? Long.compareUnsigned(i.value(), length) < 0 : i.value() >= 0 && i.value() < length;
    }

    /** A bounds error: index x (printed unsigned for an unsigned type) against length or capacity y. */
    static void bounds(Host host, Frame f, Bounds code, IntValue x, long y, Span span) {
        boolean negative = !x.unsigned() && x.value() < 0;
        String xs = x.unsigned() ? Long.toUnsignedString(x.value()) : Long.toString(x.value());
        boundsError(host, f, code.text(xs, negative, y), span);
    }

    /** A bounds error between two indices, x > y (both signed ints). */
    static void bounds(Host host, Frame f, Bounds code, long x, long y, Span span) {
        boundsError(host, f, code.text(Long.toString(x), x < 0, y), span);
    }

    private static void boundsError(Host host, Frame f, String text, Span span) {
        host.raisePanic(f, new Value.RuntimeErrorValue(RuntimeErrorKind.BOUNDS, "runtime error: " + text), span);
    }

    /**
     * runtime.boundsConvert: a slice of length {@code len} converted to an array (pointer) of length {@code n};
     * go1.20 added conversions to arrays and changed the text to name them.
     */
    static void sliceConvert(Host host, Frame f, long len, long n, Span span) {
        String target = host.version().atLeast(20) ? "array or pointer to array" : "pointer to array";
        boundsError(host, f, "cannot convert slice with length " + len + " to " + target + " with length " + n,
                span);
    }

    /** runtime.plainError: "assignment to entry in nil map" and the like, without the "runtime error: " prefix. */
    static void plain(Host host, Frame f, String message, Span span) {
        host.raisePanic(f, new Value.RuntimeErrorValue(RuntimeErrorKind.PLAIN, message), span);
    }

    /** The value panic(v) raises: from Go 1.21 a nil v becomes a *runtime.PanicNilError. */
    public static Value panicValue(GoVersion version, Value v) {
        if (v instanceof Value.NilValue n && n.isNilInterface() && version.panicNilError()) {
            return new Value.RuntimeErrorValue(RuntimeErrorKind.PANIC_NIL, "panic called with nil argument");
        }
        return v;
    }
}

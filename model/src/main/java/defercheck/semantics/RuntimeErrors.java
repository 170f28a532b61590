package defercheck.semantics;

import defercheck.source.GoVersion;
import defercheck.source.Span;

/** The run-time panics of the subset, with the runtime's exact messages. Shared by every machine. */
public final class RuntimeErrors {
    public static final String NIL_DEREFERENCE = "invalid memory address or nil pointer dereference";

    private RuntimeErrors() {
    }

    /** A runtime.Error panic such as "runtime error: integer divide by zero". */
    public static void raise(Host host, Frame f, String message, Span span) {
        host.raisePanic(f, new Value.RuntimeErrorValue(RuntimeErrorKind.ERROR_STRING, "runtime error: " + message), span);
    }

    /** Calling a nil func faults (SIGSEGV), which the runtime turns into a panic. */
    public static void nilDereference(Host host, Frame f, Span span) {
        host.markSignalled();
        raise(host, f, NIL_DEREFERENCE, span);
    }

    /** The value panic(v) raises: from Go 1.21 a nil v becomes a *runtime.PanicNilError. */
    public static Value panicValue(GoVersion version, Value v) {
        if (v instanceof Value.NilValue n && n.isNilInterface() && version.panicNilError()) {
            return new Value.RuntimeErrorValue(RuntimeErrorKind.PANIC_NIL, "panic called with nil argument");
        }
        return v;
    }
}

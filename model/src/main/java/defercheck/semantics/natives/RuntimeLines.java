package defercheck.semantics.natives;

import defercheck.source.GoVersion;

/**
 * Where the runtime's own frames stand in a gc traceback, per release: the line of the call each runtime function
 * is making when it shows in runtime.Callers (gopanic calling a deferred function, sigpanic calling panicmem, ...).
 * Read from each release's src/runtime and checked against the binaries of go1.19, 1.21, 1.22 and 1.23 (the
 * corpus program runtime/callers_*.go pins them). Files are under the Debian toolchains' GOROOT, /usr/lib/go-1.N.
 */
final class RuntimeLines {

    private RuntimeLines() {
    }

    private static int pick(GoVersion v, int go119, int go121, int go122, int go123) {
        return switch (v.minor()) {
            case 19 -> go119;
            case 21 -> go121;
            case 22 -> go122;
            case 23 -> go123;
            default -> throw new UnsupportedOperationException("runtime.Callers on " + v
                    + " (the runtime's frames are known for go1.19, go1.21, go1.22 and go1.23)");
        };
    }

    static String file(GoVersion v, String name) {
        pick(v, 0, 0, 0, 0);
        return "/usr/lib/go-1." + v.minor() + "/src/runtime/" + name;
    }

    /** gopanic calling a deferred function: before 1.22 open-coded frames run through runOpenDeferFrame. */
    static LogicalFrame gopanic(GoVersion v, boolean openCoded) {
        int line = openCoded ? pick(v, 884, 914, 770, 785) : pick(v, 890, 920, 770, 785);
        return LogicalFrame.runtime("gopanic", file(v, "panic.go"), line);
    }

    /** Goexit calling a deferred function of an open-coded frame (the only kind tabled before 1.22). */
    static LogicalFrame goexit(GoVersion v, boolean openCoded) {
        if (!openCoded && !v.atLeast(22)) {
            throw new UnsupportedOperationException("runtime.Callers through Goexit running a deferred call of a "
                    + "frame without open-coded defers before go1.22");
        }
        return LogicalFrame.runtime("Goexit", file(v, "panic.go"), pick(v, 522, 523, 626, 629));
    }

    static LogicalFrame panicmem(GoVersion v) {
        return LogicalFrame.runtime("panicmem", file(v, "panic.go"), pick(v, 260, 261, 261, 262));
    }

    static LogicalFrame sigpanic(GoVersion v) {
        return LogicalFrame.runtime("sigpanic", file(v, "signal_unix.go"), pick(v, 835, 861, 881, 917));
    }

    static LogicalFrame goPanicIndex(GoVersion v) {
        return LogicalFrame.runtime("goPanicIndex", file(v, "panic.go"), pick(v, 113, 114, 114, 115));
    }

    /** An index of type uint, uint64 or uintptr (smaller unsigned ones are widened to int first). */
    static LogicalFrame goPanicIndexU(GoVersion v) {
        return LogicalFrame.runtime("goPanicIndexU", file(v, "panic.go"), pick(v, 119, 120, 120, 121));
    }

    static LogicalFrame panicdivide(GoVersion v) {
        return LogicalFrame.runtime("panicdivide", file(v, "panic.go"), pick(v, 239, 240, 240, 241));
    }

    /** runtime.main calling main.main. */
    static LogicalFrame main(GoVersion v) {
        return LogicalFrame.runtime("main", file(v, "proc.go"), pick(v, 250, 267, 271, 272));
    }

    /** The bottom of every goroutine's stack. */
    static LogicalFrame goexitBottom(GoVersion v) {
        return LogicalFrame.runtime("goexit", file(v, "asm_amd64.s"), pick(v, 1594, 1650, 1695, 1700));
    }

    /** runtime.Callers itself, at skip 0. */
    static LogicalFrame callers(GoVersion v) {
        return LogicalFrame.runtime("Callers", file(v, "extern.go"), pick(v, 247, 308, 325, 331));
    }
}

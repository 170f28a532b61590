package defercheck.coreprogram;

import java.util.ArrayList;
import java.util.List;

/**
 * Which packages, package variables and types a core program uses: Go rejects unused imports. {@code methods}:
 * some defer calls a method of {@code R} (then {@code r} has type {@code R} everywhere); {@code nilInterface}:
 * some defer calls a method of a nil {@code I}; {@code sync}: some body starts a goroutine or waits (the package
 * variable {@code wg}, a {@code sync.WaitGroup}).
 */
record Uses(boolean fmt, boolean os, boolean runtime, boolean yes, boolean no, boolean methods,
            boolean nilInterface, boolean sync) {

    static Uses of(CoreProgram p) {
        boolean[] u = new boolean[8];
        for (CoreFunction f : p.functions()) {
            scan(f.body(), u);
        }
        return new Uses(u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7]);
    }

    /** Lines the type and method declarations take, each after a blank line (GoPrinter's layout). */
    int declarationLines() {
        return (methods ? 6 : 0) + (nilInterface ? 2 : 0);
    }

    /** Import paths in gofmt's sorted order. */
    List<String> imports() {
        List<String> out = new ArrayList<>();
        if (fmt) {
            out.add("fmt");
        }
        if (os) {
            out.add("os");
        }
        if (runtime) {
            out.add("runtime");
        }
        if (sync) {
            out.add("sync");
        }
        return out;
    }

    private static void scan(List<CoreStmt> body, boolean[] u) {
        for (CoreStmt s : body) {
            if (s instanceof CoreStmt.Recover) {
                u[0] = true;
            } else if (s instanceof CoreStmt.Exit) {
                u[1] = true;
            } else if (s instanceof CoreStmt.Goexit) {
                u[2] = true;
            } else if (s instanceof CoreStmt.Go || s instanceof CoreStmt.Wait) {
                u[7] = true;
            } else if (s instanceof CoreStmt.Defer d) {
                u[3] |= d.guard().kind() == Guard.Kind.IF_TRUE;
                u[4] |= d.guard().kind() == Guard.Kind.IF_FALSE;
                u[5] |= d.what() instanceof Deferred.ValueMethod || d.what() instanceof Deferred.PointerMethod;
                u[6] |= d.what() instanceof Deferred.NilInterfaceMethod;
                if (d.what() instanceof Deferred.Closure c) {
                    scan(c.body(), u);
                }
            }
        }
    }

    /**
     * Whether a body, or a closure nested in it, uses {@code r}: assigns it, or defers one of its methods
     * (which reads it, or takes its address).
     */
    static boolean usesR(List<CoreStmt> body) {
        for (CoreStmt s : body) {
            if (s instanceof CoreStmt.SetResult || s instanceof CoreStmt.Defer d && readsR(d.what())) {
                return true;
            }
            if (s instanceof CoreStmt.Defer d && d.what() instanceof Deferred.Closure c && usesR(c.body())) {
                return true;
            }
        }
        return false;
    }

    static boolean readsR(Deferred what) {
        return what instanceof Deferred.ValueMethod || what instanceof Deferred.PointerMethod;
    }

    /** Whether the body itself (not a closure in it) defers a method of {@code *R}: {@code &r} is taken. */
    static boolean takesAddress(List<CoreStmt> body) {
        return body.stream().anyMatch(s -> s instanceof CoreStmt.Defer d && d.what() instanceof Deferred.PointerMethod);
    }
}

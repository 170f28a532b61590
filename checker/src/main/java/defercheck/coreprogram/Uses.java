package defercheck.coreprogram;

import java.util.ArrayList;
import java.util.List;

/** Which packages and package variables a core program uses: Go rejects unused imports. */
record Uses(boolean fmt, boolean os, boolean runtime, boolean yes, boolean no) {

    static Uses of(CoreProgram p) {
        boolean[] u = new boolean[5];
        for (CoreFunction f : p.functions()) {
            scan(f.body(), u);
        }
        return new Uses(u[0], u[1], u[2], u[3], u[4]);
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
            } else if (s instanceof CoreStmt.Defer d) {
                u[3] |= d.guard().kind() == Guard.Kind.IF_TRUE;
                u[4] |= d.guard().kind() == Guard.Kind.IF_FALSE;
                if (d.what() instanceof Deferred.Closure c) {
                    scan(c.body(), u);
                }
            }
        }
    }

    /** Whether a body, or a closure nested in it, assigns {@code r}. */
    static boolean setsResult(List<CoreStmt> body) {
        for (CoreStmt s : body) {
            if (s instanceof CoreStmt.SetResult) {
                return true;
            }
            if (s instanceof CoreStmt.Defer d && d.what() instanceof Deferred.Closure c && setsResult(c.body())) {
                return true;
            }
        }
        return false;
    }
}

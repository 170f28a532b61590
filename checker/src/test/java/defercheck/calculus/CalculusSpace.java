package defercheck.calculus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Test support for trace validation, which follows the strategy specs on Calculus.tla's programs (the
 * cross-check enumerates the explorer's space instead). Enumerates Calculus.tla's {@code Programs} for a
 * {@link CalculusBound}, rule for rule: StmtsOf(f) (only
 * later functions, no setres in main), canonical bodies (nothing after panic, goexit or return), unreachable
 * functions empty, and a named-results flag only on reachable non-main functions when setres is in Ops.
 */
final class CalculusSpace {
    /** Two functions, every statement kind, one value: the programs TraceValidationTest samples. */
    static final CalculusBound TINY = new CalculusBound("tiny", 2, 2, List.of(1), List.of(2), CalculusBound.ALL_OPS);

    private final CalculusBound bound;

    CalculusSpace(CalculusBound bound) {
        this.bound = bound;
    }

    CalculusBound bound() {
        return bound;
    }

    /** Every program, in a fixed order: bodies function by function, then named flags. */
    List<CalculusProgram> programs() {
        List<CalculusProgram> out = new ArrayList<>();
        bodies(1, new ArrayList<>(), out);
        return out;
    }

    private void bodies(int f, List<List<CalculusStmt>> prefix, List<CalculusProgram> out) {
        if (f > bound.numFuncs()) {
            namedFlags(prefix, out);
            return;
        }
        List<List<CalculusStmt>> choices = reachable(prefix, f) ? bodiesOf(f) : List.of(List.of());
        for (List<CalculusStmt> b : choices) {
            prefix.add(b);
            bodies(f + 1, prefix, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    /** Calculus.tla's Reach: main, or named by a Call/Defer/DeferLoop in a reachable earlier function. */
    static boolean reachable(List<List<CalculusStmt>> bodies, int f) {
        if (f == 1) {
            return true;
        }
        for (int g = 1; g < f; g++) {
            if (g - 1 < bodies.size() && reachable(bodies, g)) {
                for (CalculusStmt s : bodies.get(g - 1)) {
                    if (s.namesFunction() && s.fn() == f) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void namedFlags(List<List<CalculusStmt>> bodies, List<CalculusProgram> out) {
        List<Integer> free = new ArrayList<>();
        for (int f = 2; f <= bound.numFuncs(); f++) {
            if (bound.has("setres") && reachable(bodies, f)) {
                free.add(f);
            }
        }
        for (int mask = 0; mask < 1 << free.size(); mask++) {
            List<Boolean> named = new ArrayList<>(Collections.nCopies(bound.numFuncs(), false));
            for (int k = 0; k < free.size(); k++) {
                named.set(free.get(k) - 1, (mask >> k & 1) == 1);
            }
            out.add(new CalculusProgram(bodies, named));
        }
    }

    /** BodiesOf(f): sequences of 0..BodyLen statements of StmtsOf(f) where only the last may end the body. */
    List<List<CalculusStmt>> bodiesOf(int f) {
        List<CalculusStmt> stmts = stmtsOf(f);
        List<List<CalculusStmt>> out = new ArrayList<>();
        extend(new ArrayList<>(), stmts, out);
        return out;
    }

    private void extend(List<CalculusStmt> body, List<CalculusStmt> stmts, List<List<CalculusStmt>> out) {
        out.add(List.copyOf(body));
        if (body.size() == bound.bodyLen() || (!body.isEmpty() && body.get(body.size() - 1).ends())) {
            return;
        }
        for (CalculusStmt s : stmts) {
            body.add(s);
            extend(body, stmts, out);
            body.remove(body.size() - 1);
        }
    }

    /** StmtsOf(f). */
    List<CalculusStmt> stmtsOf(int f) {
        List<CalculusStmt> out = new ArrayList<>();
        for (int g = f + 1; g <= bound.numFuncs(); g++) {
            if (bound.has("defer")) {
                out.add(new CalculusStmt("defer", g, 0, 0));
            }
            for (int n : bound.loopTrips()) {
                if (bound.has("deferloop")) {
                    out.add(new CalculusStmt("deferloop", g, 0, n));
                }
            }
            if (bound.has("call")) {
                out.add(new CalculusStmt("call", g, 0, 0));
            }
        }
        for (int v : bound.values()) {
            if (bound.has("panic")) {
                out.add(new CalculusStmt("panic", 0, v, 0));
            }
            if (bound.has("setres") && f != 1) {
                out.add(new CalculusStmt("setres", 0, v, 0));
            }
            if (bound.has("print")) {
                out.add(new CalculusStmt("print", 0, v, 0));
            }
        }
        for (String op : List.of("recover", "return", "goexit")) {
            if (bound.has(op)) {
                out.add(new CalculusStmt(op, 0, 0, 0));
            }
        }
        return out;
    }
}

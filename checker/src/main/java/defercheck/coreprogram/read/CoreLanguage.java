package defercheck.coreprogram.read;

import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.explore.Bound;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules, beyond a {@link CoreProgram}'s record shape, that the explorer's grammar keeps and the TLA+ exports
 * rely on, for core programs read from a trace file ({@link CoreForm}, {@link CoreSourceReader}): calls and
 * named defers name one of f1..fN (main is never called), no function reaches itself (GoDefer would run a
 * recursive program until its {@code Terminates} bound, while the machines report a stack overflow), {@code r}
 * only in a function with a result and {@code return v} only at its top level (else GoPrinter's text is not Go),
 * and the program fits the explorer's knobs ({@link Bound}'s limits, which size the
 * exported model's constants).
 */
final class CoreLanguage {

    private CoreLanguage() {
    }

    /** Throws IllegalArgumentException naming the first rule {@code p} breaks. */
    static void check(CoreProgram p) {
        List<Set<Integer>> callees = new ArrayList<>();
        for (int f = 0; f < p.functions().size(); f++) {
            Set<Integer> out = new TreeSet<>();
            body(p, f, p.function(f).body(), true, out);
            callees.add(out);
        }
        try {
            Bound.of(p);
        } catch (IllegalArgumentException tooBig) {
            throw new IllegalArgumentException("beyond the explorer's knobs: " + tooBig.getMessage());
        }
        for (int f = 1; f < p.functions().size(); f++) {
            List<Integer> path = new ArrayList<>(List.of(f));
            if (reaches(callees, f, f, path)) {
                throw new IllegalArgumentException(CoreProgram.name(f) + " calls itself (" + names(path)
                        + "): a recursive program is not an explorer core program, whose functions only call"
                        + " forward");
            }
        }
    }

    private static void body(CoreProgram p, int f, List<CoreStmt> body, boolean top, Set<Integer> callees) {
        String where = CoreProgram.name(f) + (top ? "" : "'s deferred closure");
        boolean result = p.function(f).result().hasResult();
        for (CoreStmt s : body) {
            if (s instanceof CoreStmt.Call c) {
                callees.add(callee(p, c.function(), where));
            } else if (s instanceof CoreStmt.SetResult && !result) {
                throw new IllegalArgumentException("r = v in " + where + ", but " + CoreProgram.name(f)
                        + " has no result");
            } else if (s instanceof CoreStmt.Return && !(result && top)) {
                throw new IllegalArgumentException("return v in " + where + ": only the top level of a function"
                        + " with a result returns a value");
            } else if (s instanceof CoreStmt.Defer d && d.what() instanceof Deferred.Named n) {
                callees.add(callee(p, n.function(), where));
            } else if (s instanceof CoreStmt.Defer d && d.what() instanceof Deferred.Closure c) {
                body(p, f, c.body(), false, callees);
            }
        }
    }

    private static int callee(CoreProgram p, int g, String where) {
        if (g < 1 || g >= p.functions().size()) {
            throw new IllegalArgumentException(where + " calls " + (g == 0 ? "main" : "function " + g) + ", which"
                    + " is not one of " + (p.functions().size() == 1 ? "the program's functions (it has only main)"
                            : "f1.." + CoreProgram.name(p.functions().size() - 1)));
        }
        return g;
    }

    /**
     * Whether {@code from} reaches {@code target}; on true, {@code path} holds the calls from target to it. Paths
     * longer than the function count repeat a function, so they add nothing (and the knobs keep it small).
     */
    private static boolean reaches(List<Set<Integer>> callees, int from, int target, List<Integer> path) {
        for (int g : callees.get(from)) {
            path.add(g);
            if (g == target || (path.size() <= callees.size() && reaches(callees, g, target, path))) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    private static String names(List<Integer> path) {
        List<String> out = new ArrayList<>();
        for (int f : path) {
            out.add(CoreProgram.name(f));
        }
        return String.join(" -> ", out);
    }
}

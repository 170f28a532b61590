package defercheck.oracle;

import defercheck.core.CoreFunction;
import defercheck.core.CoreProgram;
import defercheck.core.Deferred;
import defercheck.core.Stmt;
import defercheck.toolchain.KnownBug;
import defercheck.toolchain.KnownBugs;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognizers of the program shapes of {@link KnownBugs}, over core programs (the oracle's input). A
 * disagreement is put down to a known bug only when the toolchain's release is affected and the program
 * has the bug's shape; the model keeps the specified behaviour either way.
 * <ul>
 *   <li>#73916 (go1.22+): a deferred call whose callee, not itself the deferred function, reaches a helper that
 *       calls {@code recover()}: the helper wrongly recovers. Core shape: a deferred named function or
 *       closure that calls (directly or through further calls) a function whose own body calls recover.</li>
 *   <li>#52072 (≤ go1.20): needs a nil pointer in an interface with a value method; #73920 (go1.20+): needs a
 *       promoted-method value. The core calculus has neither interfaces with methods nor method values, so no
 *       core program has these shapes; they match nothing here, by construction, not by omission.</li>
 * </ul>
 */
public final class KnownBugShapes {

    private KnownBugShapes() {
    }

    /** The known bug that explains a disagreement on {@code p} under Go 1.{@code minor}, if any. */
    public static Optional<KnownBug> explain(CoreProgram p, int minor) {
        for (KnownBug b : KnownBugs.ALL) {
            if (b.affects(minor) && hasShape(b.issue(), p)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    static boolean hasShape(int issue, CoreProgram p) {
        switch (issue) {
            case 73916: return deferredCalleeReachesRecoveringHelper(p);
            case 52072:
            case 73920:
                return false;
            default:
                return false;
        }
    }

    /** Some deferred call (named or closure) calls, at depth one or more, a function whose body calls recover. */
    static boolean deferredCalleeReachesRecoveringHelper(CoreProgram p) {
        for (CoreFunction f : p.functions()) {
            if (defersReaching(p, f.body())) {
                return true;
            }
        }
        return false;
    }

    private static boolean defersReaching(CoreProgram p, List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Defer d) {
                if (d.what() instanceof Deferred.Named n && callsRecoveringHelper(p, p.function(n.function()).body(),
                        new HashSet<>())) {
                    return true;
                }
                if (d.what() instanceof Deferred.Closure c
                        && (callsRecoveringHelper(p, c.body(), new HashSet<>()) || defersReaching(p, c.body()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code body} calls a function that calls recover itself, or calls one that does, transitively. */
    private static boolean callsRecoveringHelper(CoreProgram p, List<Stmt> body, Set<Integer> seen) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Call c && seen.add(c.function())) {
                List<Stmt> callee = p.function(c.function()).body();
                if (callsRecoverDirectly(callee) || callsRecoveringHelper(p, callee, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean callsRecoverDirectly(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Recover) {
                return true;
            }
        }
        return false;
    }
}

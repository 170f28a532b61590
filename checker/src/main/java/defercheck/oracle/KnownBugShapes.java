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
 * disagreement is put down to a known bug only when the toolchain's release is affected, the program has the
 * bug's shape and the disagreement is the bug's symptom; the model keeps the specified behaviour either way.
 * <ul>
 *   <li>#73916 (go1.22+): a deferred call whose callee, not itself the deferred function, reaches a helper that
 *       calls {@code recover()}: the helper wrongly recovers. Core shape: a deferred named function or
 *       closure that calls (directly or through further calls) a function whose own body calls recover. Symptom: the model crashes
 *       with a panic that the real binary recovered. (Measured: with {@code defer fN()}, which needs no
 *       wrapper, go1.22 and go1.23 get this right, so core programs do not trigger it; the recognizer is there
 *       so that a real occurrence is named, and the symptom check keeps it from hiding anything else.)</li>
 *   <li>#52072 (≤ go1.20): needs a nil pointer in an interface with a value method; #73920 (go1.20+): needs a
 *       promoted-method value. The core calculus has neither interfaces with methods nor method values, so no
 *       core program has these shapes; they match nothing here, by construction, not by omission.</li>
 * </ul>
 */
public final class KnownBugShapes {

    private KnownBugShapes() {
    }

    /** The known bug that explains a disagreement on {@code p} under Go 1.{@code minor}, if any. */
    public static Optional<KnownBug> explain(CoreProgram p, int minor, CaseResult.Observed real,
                                             CaseResult.Observed model) {
        for (KnownBug b : KnownBugs.ALL) {
            if (b.affects(minor) && hasShape(b.issue(), p) && hasSymptom(b.issue(), real, model)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** The bugs' common symptom, a wrong recovery: the model crashes with a panic, the binary does not. */
    static boolean hasSymptom(int issue, CaseResult.Observed real, CaseResult.Observed model) {
        return model.exit() == 2 && model.stderr().startsWith("panic: ") && !real.stderr().contains("panic: ");
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

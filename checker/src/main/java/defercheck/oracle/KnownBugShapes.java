package defercheck.oracle;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.coreprogram.Guard;
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
 *   <li>#34530 (go1.22+, open upstream): {@code defer recover()} inside a deferred call D, deferred from a loop
 *       so that it is a heap record that D's {@code deferreturn} runs. Whether gorecover's argp equals the
 *       panic's argp then depends on frame sizes: measured on go1.22.12 and go1.23.5, the same shape recovers
 *       with a bare loop and crashes when D also defers {@code println(1)} first, and adding a caller frame
 *       flips go1.23 only. The model keeps the rule of docs/semantics.md (it recovers the panic running D).
 *       Symptom: the two disagree on whether a panic was recovered (exit code or panic lines).</li>
 *   <li>#73916 (go1.22+): since CL 520260 the wrapper of a deferred call is made before inlining, so the
 *       wrapped function can be inlined into it and a function it calls then looks as if the deferred function
 *       had called it: that helper's {@code recover()} wrongly recovers. Core shape: a deferred named function or
 *       closure that calls (directly or through further calls) a function whose own body calls recover, or
 *       defers it ({@code defer recover()}). Symptom: the model crashes with a panic that the real binary
 *       recovered. Measured on go1.22.12 and go1.23.5: {@code defer f1()} with {@code func f1() int { f2();
 *       return 0 }} and {@code func f2() { defer recover() }} recovers (f1 has a result, so it needs a wrapper,
 *       and is inlined into it); with {@code //go:noinline} on f1, or without the result, it crashes as
 *       specified, and go1.19/go1.21 crash either way.</li>
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

    static boolean hasSymptom(int issue, CaseResult.Observed real, CaseResult.Observed model) {
        return issue == 34530 ? recoveryDiffers(real, model) : wronglyRecovered(real, model);
    }

    /** A wrong recovery: the model crashes with a panic, the binary does not. */
    private static boolean wronglyRecovered(CaseResult.Observed real, CaseResult.Observed model) {
        return model.exit() == 2 && model.stderr().startsWith("panic: ") && !real.stderr().contains("panic: ");
    }

    /** Either side recovered a panic the other did not: the exit codes or the panic lines differ. */
    private static boolean recoveryDiffers(CaseResult.Observed real, CaseResult.Observed model) {
        boolean panicked = real.stderr().contains("panic: ") || model.stderr().contains("panic: ");
        return panicked && (real.exit() != model.exit() || !panicLines(real).equals(panicLines(model)));
    }

    private static List<String> panicLines(CaseResult.Observed o) {
        return o.stderr().lines().filter(l -> l.stripLeading().startsWith("panic: ")).toList();
    }

    /** #52072 and #73920 have no shape in a core program (see above), so only two bugs can explain a case. */
    static boolean hasShape(int issue, CoreProgram p) {
        return switch (issue) {
            case 34530 -> deferredCallDefersRecoverInALoop(p);
            case 73916 -> deferredCalleeReachesRecoveringHelper(p);
            default -> false;
        };
    }

    /** Some deferred closure, or function deferred by name, has {@code defer recover()} inside a loop. */
    static boolean deferredCallDefersRecoverInALoop(CoreProgram p) {
        for (CoreFunction f : p.functions()) {
            if (defersLoopRecover(p, f.body(), false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean defersLoopRecover(CoreProgram p, List<CoreStmt> body, boolean deferred) {
        for (CoreStmt s : body) {
            if (s instanceof CoreStmt.Defer d) {
                if (deferred && d.guard().kind() == Guard.Kind.LOOP && d.what() instanceof Deferred.RecoverCall) {
                    return true;
                }
                if (d.what() instanceof Deferred.Closure c && defersLoopRecover(p, c.body(), true)) {
                    return true;
                }
                if (d.what() instanceof Deferred.Named n
                        && defersLoopRecover(p, p.function(n.function()).body(), true)) {
                    return true;
                }
            }
        }
        return false;
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

    private static boolean defersReaching(CoreProgram p, List<CoreStmt> body) {
        for (CoreStmt s : body) {
            if (s instanceof CoreStmt.Defer d) {
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
    private static boolean callsRecoveringHelper(CoreProgram p, List<CoreStmt> body, Set<Integer> seen) {
        for (CoreStmt s : body) {
            if (s instanceof CoreStmt.Call c && seen.add(c.function())) {
                List<CoreStmt> callee = p.function(c.function()).body();
                if (callsRecoverDirectly(callee) || callsRecoveringHelper(p, callee, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code recover()} in the body itself, or {@code defer recover()} at its top level. */
    private static boolean callsRecoverDirectly(List<CoreStmt> body) {
        for (CoreStmt s : body) {
            if (s instanceof CoreStmt.Recover
                    || s instanceof CoreStmt.Defer d && d.what() instanceof Deferred.RecoverCall) {
                return true;
            }
        }
        return false;
    }
}

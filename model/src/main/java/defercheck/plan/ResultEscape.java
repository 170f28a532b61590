package defercheck.plan;

import defercheck.ir.Capture;
import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Program;
import defercheck.plan.EscapeGraph.Var;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small, whole-program escape analysis that answers one question for ssagen's open-coding check: which
 * functions have a named result that is "not on stack" (moved to the heap). In the subset a result moves when
 * a closure value that captures it by reference escapes, or when its address ({@code &x}) escapes; an address
 * is tracked as a pseudo-closure that captures exactly x (gc captures address-taken variables by reference).
 *
 * <p>Values tracked are closures ({@link Instr.MakeClosure}, identified by their function id). They flow
 * through slots, captured variables, call arguments and results (context-insensitively). A closure escapes
 * when it reaches gc's heap hole: a global, an argument of {@code fmt.*} or {@code panic}, any argument of a
 * call whose callee is not one known function, the callee or arguments of a defer inside a loop, or the
 * results of a top-level function that created it. A defer at loop depth 1 keeps its callee and arguments
 * on the stack ({@code e.later(e.discardHole())} in {@code escape/call.go}). An escaping closure moves every
 * variable it captures to the heap, and their contents escape in turn.
 *
 * <p>Statically called closures are treated as inlined: what they return flows to the call's result and
 * does not escape (gc inlines small immediately-called literals before escape analysis, see the issue
 * 32175 probe). Known imprecision: gc's inlining budget and {@code ClosureResultsLost} are not modelled.
 *
 * <p>The parts: {@link ClosureFlow} walks each function's code, {@link CallHoles} says where calls, defers and
 * returns send values, and {@link EscapeGraph} holds the locations and moves what escapes to the heap; this
 * class repeats the walk to a fixed point and applies gc's capture-by-value rule to the results.
 */
final class ResultEscape {

    private ResultEscape() {
    }

    /** Ids of functions with a named result that gc moves to the heap. */
    static Set<Integer> functionsWithEscapingResults(Program program) {
        EscapeGraph graph = solve(program);
        Set<Integer> out = new HashSet<>();
        for (Function f : program.functions()) {
            if (!f.namedResults()) {
                continue;
            }
            for (int s = f.firstResultSlot(); s < f.firstResultSlot() + f.results(); s++) {
                Var v = new Var(f.id(), s);
                if (f.slots().get(s).boxed() && graph.escaped(v)
                        && (graph.addressTaken(v) || capturedByReference(program, graph, f, s))) {
                    out.add(f.id());
                }
            }
        }
        return out;
    }

    /** Flows every function's code, then the escapes, until a round changes nothing (at most 100 rounds). */
    private static EscapeGraph solve(Program program) {
        EscapeGraph graph = new EscapeGraph();
        ClosureFlow flow = new ClosureFlow(program, graph);
        int rounds = 0;
        do {
            graph.startRound();
            for (Function f : program.functions()) {
                flow.flowFunction(f);
            }
            graph.propagateEscapes();
        } while (graph.changed() && ++rounds < 100);
        return graph;
    }

    /**
     * escape/expr.go: capture by value when the variable is never reassigned after its first capture. A
     * result is reassigned by every {@code return}, even a bare one, and by any store inside a closure.
     */
    private static boolean capturedByReference(Program program, EscapeGraph graph, Function f, int slot) {
        if (f.returnStatements() > 0 || f.code().stream().anyMatch(Instr.Return.class::isInstance)) {
            return true;
        }
        boolean seenCapture = false;
        for (Instr in : f.code()) {
            if (in instanceof Instr.MakeClosure mc
                    && mc.captures().contains(new Capture.FromLocal(slot))) {
                seenCapture = true;
            } else if (seenCapture && in instanceof Instr.StoreBoxed sb && sb.slot() == slot) {
                return true;
            }
        }
        for (Map.Entry<Integer, List<Var>> e : graph.captures().entrySet()) {
            int idx = e.getValue().indexOf(new Var(f.id(), slot));
            if (idx >= 0 && program.function(e.getKey()).code().stream()
                    .anyMatch(in -> in instanceof Instr.StoreCaptured sc && sc.index() == idx)) {
                return true;
            }
        }
        return false;
    }
}

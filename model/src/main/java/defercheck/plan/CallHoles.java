package defercheck.plan;

import defercheck.ir.Builtin;
import defercheck.ir.DeferSite;
import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Program;
import defercheck.plan.EscapeGraph.Var;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;

/**
 * Where the callee, arguments and results of a call, a defer and a return flow (gc's escape/call.go holes).
 * Arguments of one known function flow to its parameters; any other callee, {@code fmt.*} and {@code panic}
 * leak them to the heap. A defer at loop depth 1 keeps its callee and arguments on the stack
 * ({@code e.later(e.discardHole())}); a defer inside a loop sends them to the heap. A function's results outlive
 * it, so closures it created escape when it returns them.
 */
final class CallHoles {
    private final Program program;
    private final EscapeGraph graph;

    CallHoles(Program program, EscapeGraph graph) {
        this.program = program;
        this.graph = graph;
    }

    static boolean leaksArguments(Builtin b) {
        return switch (b) {
            case FMT_PRINT, FMT_PRINTLN, FMT_SPRINT, FMT_SPRINTLN, FMT_SPRINTF, FMT_PRINTF, PANIC -> true;
            default -> false;
        };
    }

    void call(int argc, int resultCount, ArrayDeque<Set<Integer>> stack) {
        List<Set<Integer>> args = ClosureFlow.popN(stack, argc);
        Set<Integer> callee = ClosureFlow.pop(stack);
        Integer known = known(callee);
        arguments(known, args);
        for (int k = 0; k < resultCount; k++) {
            stack.addLast(known == null ? Set.of()
                    : graph.get(new Var(known, program.function(known).firstResultSlot() + k)));
        }
    }

    void defer(DeferSite site, int argc, ArrayDeque<Set<Integer>> stack) {
        List<Set<Integer>> args = ClosureFlow.popN(stack, argc);
        Set<Integer> callee = ClosureFlow.pop(stack);
        if (site.inLoop()) {
            graph.escape(callee);
            args.forEach(graph::escape);
            return;
        }
        arguments(known(callee), args);
    }

    /** The one function a callee may be, or null. */
    private static Integer known(Set<Integer> callee) {
        return callee.size() == 1 && callee.iterator().next() >= 0 ? callee.iterator().next() : null;
    }

    /** Arguments flow to the known callee's parameters; the rest (and all, for an unknown callee) leak. */
    private void arguments(Integer known, List<Set<Integer>> args) {
        for (int k = 0; k < args.size(); k++) {
            if (known != null && k < program.function(known).params()) {
                graph.add(new Var(known, k), args.get(k));
            } else {
                graph.escape(args.get(k));
            }
        }
    }

    /**
     * A function's results outlive it: closures it created escape; others flow to the caller. A closure
     * literal that gc would inline is the exception, since its body then lives in the caller's frame.
     */
    void returned(Function f) {
        if (f.isClosure() && likelyInlined(f)) {
            return;
        }
        for (int s = f.firstResultSlot(); s < f.firstResultSlot() + f.results(); s++) {
            for (int clo : graph.get(new Var(f.id(), s))) {
                boolean local = clo < 0 ? graph.capturesOf(clo).get(0).function() == f.id()
                        : createdWithin(clo, f.id());
                if (local) {
                    graph.escape(Set.of(clo));
                }
            }
        }
    }

    /**
     * An approximation of gc's inlining budget for a literal: one that makes no calls beyond the cheap
     * builtins inlines (the issue 32175 probe), one that calls fmt or another function does not
     * (the closures/deferred_call_returns_closure corpus program). gc never inlines a function with a defer.
     */
    private static boolean likelyInlined(Function f) {
        for (Instr in : f.code()) {
            if (in instanceof Instr.Call || in instanceof Instr.Defer || in instanceof Instr.DeferBuiltin) {
                return false;
            }
            if (in instanceof Instr.CallBuiltin c && leaksArguments(c.builtin())) {
                return false;
            }
        }
        return true;
    }

    private boolean createdWithin(int closure, int function) {
        for (int p = program.function(closure).parent(); p >= 0; p = program.function(p).parent()) {
            if (p == function) {
                return true;
            }
        }
        return false;
    }
}

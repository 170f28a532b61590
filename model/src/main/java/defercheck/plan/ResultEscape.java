package defercheck.plan;

import defercheck.ir.Builtin;
import defercheck.ir.Capture;
import defercheck.ir.DeferSite;
import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Program;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
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
 */
final class ResultEscape {

    private record Var(int function, int slot) { }

    private final Program program;
    private final Map<Var, Set<Integer>> contents = new HashMap<>();
    private final Map<Integer, List<Var>> captured = new HashMap<>();
    private final Set<Integer> escapedClosures = new HashSet<>();
    private final Set<Var> escapedVars = new HashSet<>();
    private final Map<Var, Integer> addressTokens = new HashMap<>();
    private boolean changed;

    private ResultEscape(Program program) {
        this.program = program;
    }

    /** Ids of functions with a named result that gc moves to the heap. */
    static Set<Integer> functionsWithEscapingResults(Program program) {
        ResultEscape a = new ResultEscape(program);
        a.solve();
        Set<Integer> out = new HashSet<>();
        for (Function f : program.functions()) {
            if (!f.namedResults()) {
                continue;
            }
            for (int s = f.firstResultSlot(); s < f.firstResultSlot() + f.results(); s++) {
                Var v = new Var(f.id(), s);
                if (f.slots().get(s).boxed() && a.escapedVars.contains(v)
                        && (a.addressTokens.containsKey(v) || a.capturedByReference(f, s))) {
                    out.add(f.id());
                }
            }
        }
        return out;
    }

    private void solve() {
        int rounds = 0;
        do {
            changed = false;
            for (Function f : program.functions()) {
                flowFunction(f);
            }
            propagateEscapes();
        } while (changed && ++rounds < 100);
    }

    /**
     * escape/expr.go: capture by value when the variable is never reassigned after its first capture. A
     * result is reassigned by every {@code return}, even a bare one, and by any store inside a closure.
     */
    private boolean capturedByReference(Function f, int slot) {
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
        for (Map.Entry<Integer, List<Var>> e : captured.entrySet()) {
            int idx = e.getValue().indexOf(new Var(f.id(), slot));
            if (idx >= 0 && program.function(e.getKey()).code().stream()
                    .anyMatch(in -> in instanceof Instr.StoreCaptured sc && sc.index() == idx)) {
                return true;
            }
        }
        return false;
    }

    private void flowFunction(Function f) {
        List<Instr> code = f.code();
        List<List<Set<Integer>>> entry = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            entry.add(null);
        }
        ArrayDeque<Integer> work = new ArrayDeque<>();
        if (!code.isEmpty()) {
            entry.set(0, new ArrayList<>());
            work.add(0);
        }
        while (!work.isEmpty()) {
            int i = work.poll();
            ArrayDeque<Set<Integer>> stack = new ArrayDeque<>();
            entry.get(i).forEach(stack::addLast);
            Instr in = code.get(i);
            step(f, in, stack);
            for (int next : successors(in, i)) {
                if (next >= code.size()) {
                    continue;
                }
                List<Set<Integer>> out = new ArrayList<>(stack);
                List<Set<Integer>> old = entry.get(next);
                List<Set<Integer>> merged = old == null ? out : merge(old, out);
                if (old == null || !merged.equals(old)) {
                    entry.set(next, merged);
                    work.add(next);
                }
            }
        }
    }

    private static List<Set<Integer>> merge(List<Set<Integer>> a, List<Set<Integer>> b) {
        List<Set<Integer>> m = new ArrayList<>();
        for (int k = 0; k < Math.max(a.size(), b.size()); k++) {
            Set<Integer> s = new HashSet<>();
            if (k < a.size()) {
                s.addAll(a.get(k));
            }
            if (k < b.size()) {
                s.addAll(b.get(k));
            }
            m.add(s);
        }
        return m;
    }

    private static int[] successors(Instr in, int i) {
        if (in instanceof Instr.Jump j) {
            return new int[] {j.target()};
        }
        if (in instanceof Instr.JumpIfFalse j) {
            return new int[] {i + 1, j.target()};
        }
        if (in instanceof Instr.Return) {
            return new int[0];
        }
        return new int[] {i + 1};
    }

    private void step(Function f, Instr in, ArrayDeque<Set<Integer>> stack) {
        int fn = f.id();
        if (in instanceof Instr.PushConst || in instanceof Instr.LoadGlobal) {
            stack.addLast(Set.of());
        } else if (in instanceof Instr.LoadLocal l) {
            stack.addLast(get(new Var(fn, l.slot())));
        } else if (in instanceof Instr.LoadBoxed l) {
            stack.addLast(get(new Var(fn, l.slot())));
        } else if (in instanceof Instr.StoreLocal s) {
            add(new Var(fn, s.slot()), pop(stack));
        } else if (in instanceof Instr.StoreBoxed s) {
            add(new Var(fn, s.slot()), pop(stack));
        } else if (in instanceof Instr.LoadCaptured l) {
            Var v = capturedVar(fn, l.index());
            stack.addLast(v == null ? Set.of() : get(v));
        } else if (in instanceof Instr.StoreCaptured s) {
            Set<Integer> value = pop(stack);
            Var v = capturedVar(fn, s.index());
            if (v != null) {
                add(v, value);
            }
        } else if (in instanceof Instr.StoreGlobal) {
            escape(pop(stack));
        } else if (in instanceof Instr.Pop || in instanceof Instr.JumpIfFalse) {
            pop(stack);
        } else if (in instanceof Instr.Binary) {
            popN(stack, 2);
            stack.addLast(Set.of());
        } else if (in instanceof Instr.Unary) {
            pop(stack);
            stack.addLast(Set.of());
        } else if (in instanceof Instr.AddressOf a) {
            stack.addLast(Set.of(addressToken(new Var(fn, a.slot()))));
        } else if (in instanceof Instr.AddressOfCaptured a) {
            Var v = capturedVar(fn, a.index());
            stack.addLast(v == null ? Set.of() : Set.of(addressToken(v)));
        } else if (in instanceof Instr.Deref) {
            Set<Integer> contents = new HashSet<>();
            for (int token : pop(stack)) {
                captured.getOrDefault(token, List.of()).forEach(v -> contents.addAll(get(v)));
            }
            stack.addLast(contents);
        } else if (in instanceof Instr.MakeClosure mc) {
            recordCaptures(f, mc);
            stack.addLast(Set.of(mc.function()));
        } else if (in instanceof Instr.Call c) {
            call(c.argc(), c.resultCount(), stack);
        } else if (in instanceof Instr.CallBuiltin c) {
            List<Set<Integer>> args = popN(stack, c.argc());
            if (leaksArguments(c.builtin())) {
                args.forEach(this::escape);
            }
            for (int k = 0; k < c.resultCount(); k++) {
                stack.addLast(Set.of());
            }
        } else if (in instanceof Instr.Defer d) {
            defer(f.deferSites().get(d.site()), d.argc(), stack);
        } else if (in instanceof Instr.DeferBuiltin d) {
            List<Set<Integer>> args = popN(stack, d.argc());
            if (f.deferSites().get(d.site()).inLoop() || leaksArguments(d.builtin())) {
                args.forEach(this::escape);
            }
        } else if (in instanceof Instr.TypeAssert t) {
            Set<Integer> v = pop(stack);
            stack.addLast(v);
            if (t.commaOk()) {
                stack.addLast(Set.of());
            }
        } else if (in instanceof Instr.Return) {
            returned(f);
        }
    }

    private static boolean leaksArguments(Builtin b) {
        return switch (b) {
            case FMT_PRINT, FMT_PRINTLN, FMT_SPRINT, FMT_SPRINTLN, FMT_SPRINTF, PANIC -> true;
            default -> false;
        };
    }

    private void call(int argc, int resultCount, ArrayDeque<Set<Integer>> stack) {
        List<Set<Integer>> args = popN(stack, argc);
        Set<Integer> callee = pop(stack);
        Integer known = callee.size() == 1 ? callee.iterator().next() : null;
        for (int k = 0; k < argc; k++) {
            if (known != null && k < program.function(known).params()) {
                add(new Var(known, k), args.get(k));
            } else {
                escape(args.get(k));
            }
        }
        for (int k = 0; k < resultCount; k++) {
            stack.addLast(known == null ? Set.of()
                    : get(new Var(known, program.function(known).firstResultSlot() + k)));
        }
    }

    private void defer(DeferSite site, int argc, ArrayDeque<Set<Integer>> stack) {
        List<Set<Integer>> args = popN(stack, argc);
        Set<Integer> callee = pop(stack);
        if (site.inLoop()) {
            escape(callee);
            args.forEach(this::escape);
            return;
        }
        Integer known = callee.size() == 1 ? callee.iterator().next() : null;
        for (int k = 0; k < argc; k++) {
            if (known != null && k < program.function(known).params()) {
                add(new Var(known, k), args.get(k));
            } else {
                escape(args.get(k));
            }
        }
    }

    /**
     * A function's results outlive it: closures it created escape; others flow to the caller. A closure
     * literal that gc would inline is the exception, since its body then lives in the caller's frame.
     */
    private void returned(Function f) {
        if (f.isClosure() && likelyInlined(f)) {
            return;
        }
        for (int s = f.firstResultSlot(); s < f.firstResultSlot() + f.results(); s++) {
            for (int clo : get(new Var(f.id(), s))) {
                boolean local = clo < 0 ? captured.get(clo).get(0).function() == f.id() : createdWithin(clo, f.id());
                if (local) {
                    escape(Set.of(clo));
                }
            }
        }
    }

    /**
     * {@code &v} as a tracked value: a negative id that "captures" exactly v, so that when it escapes, v
     * moves to the heap just as with an escaping closure that captures v by reference.
     */
    private int addressToken(Var v) {
        Integer token = addressTokens.get(v);
        if (token == null) {
            token = -1 - addressTokens.size();
            addressTokens.put(v, token);
            captured.put(token, List.of(v));
            changed = true;
        }
        return token;
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

    private void recordCaptures(Function f, Instr.MakeClosure mc) {
        List<Var> known = captured.get(mc.function());
        if (known != null && !known.contains(null)) {
            return;
        }
        List<Var> vars = new ArrayList<>();
        for (Capture c : mc.captures()) {
            vars.add(c instanceof Capture.FromLocal l
                    ? new Var(f.id(), l.slot())
                    : capturedVar(f.id(), ((Capture.FromCaptured) c).index()));
        }
        if (!vars.equals(known)) {
            captured.put(mc.function(), vars);
            changed = true;
        }
    }

    private Var capturedVar(int closure, int index) {
        List<Var> vars = captured.get(closure);
        return vars == null || index >= vars.size() ? null : vars.get(index);
    }

    private void propagateEscapes() {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int clo : List.copyOf(escapedClosures)) {
                for (Var v : captured.getOrDefault(clo, List.of())) {
                    if (v != null && escapedVars.add(v)) {
                        grew = true;
                        changed = true;
                    }
                }
            }
            for (Var v : List.copyOf(escapedVars)) {
                for (int clo : get(v)) {
                    if (escapedClosures.add(clo)) {
                        grew = true;
                        changed = true;
                    }
                }
            }
        }
    }

    private void escape(Set<Integer> values) {
        for (int v : values) {
            if (escapedClosures.add(v)) {
                changed = true;
            }
        }
    }

    private Set<Integer> get(Var v) {
        return contents.getOrDefault(v, Set.of());
    }

    private void add(Var v, Set<Integer> values) {
        if (values.isEmpty()) {
            return;
        }
        Set<Integer> s = contents.computeIfAbsent(v, k -> new HashSet<>());
        if (s.addAll(values)) {
            changed = true;
        }
    }

    private static Set<Integer> pop(ArrayDeque<Set<Integer>> stack) {
        return stack.isEmpty() ? Set.of() : stack.removeLast();
    }

    private static List<Set<Integer>> popN(ArrayDeque<Set<Integer>> stack, int n) {
        List<Set<Integer>> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(0, pop(stack));
        }
        return out;
    }
}

package defercheck.plan;

import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Program;
import defercheck.plan.EscapeGraph.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One pass over a function's code for {@link ResultEscape} (gc's escape/expr.go and stmt.go walk): the
 * closures each operand-stack entry may hold, instruction by instruction along every path (a worklist over
 * jumps, merging at joins), recording in the {@link EscapeGraph} what flows into variables, captures,
 * parameters and the heap.
 */
final class ClosureFlow {
    private final EscapeGraph graph;
    private final CallHoles calls;

    ClosureFlow(Program program, EscapeGraph graph) {
        this.graph = graph;
        this.calls = new CallHoles(program, graph);
    }

    void flowFunction(Function f) {
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
        if (in instanceof Instr.Goto g) {
            return new int[] {g.target()};
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
            stack.addLast(graph.get(new Var(fn, l.slot())));
        } else if (in instanceof Instr.LoadBoxed l) {
            stack.addLast(graph.get(new Var(fn, l.slot())));
        } else if (in instanceof Instr.StoreLocal s) {
            graph.add(new Var(fn, s.slot()), pop(stack));
        } else if (in instanceof Instr.StoreBoxed s) {
            graph.add(new Var(fn, s.slot()), pop(stack));
        } else if (in instanceof Instr.LoadCaptured l) {
            Var v = graph.capturedVar(fn, l.index());
            stack.addLast(v == null ? Set.of() : graph.get(v));
        } else if (in instanceof Instr.StoreCaptured s) {
            Set<Integer> value = pop(stack);
            Var v = graph.capturedVar(fn, s.index());
            if (v != null) {
                graph.add(v, value);
            }
        } else if (in instanceof Instr.StoreGlobal) {
            graph.escape(pop(stack));
        } else if (in instanceof Instr.Pop || in instanceof Instr.JumpIfFalse) {
            pop(stack);
        } else if (in instanceof Instr.Binary) {
            popN(stack, 2);
            stack.addLast(Set.of());
        } else if (in instanceof Instr.Unary) {
            pop(stack);
            stack.addLast(Set.of());
        } else if (in instanceof Instr.AddressOf a) {
            stack.addLast(Set.of(graph.addressToken(new Var(fn, a.slot()))));
        } else if (in instanceof Instr.AddressOfCaptured a) {
            Var v = graph.capturedVar(fn, a.index());
            stack.addLast(v == null ? Set.of() : Set.of(graph.addressToken(v)));
        } else if (in instanceof Instr.Deref) {
            Set<Integer> contents = new HashSet<>();
            for (int token : pop(stack)) {
                graph.capturesOf(token).forEach(v -> contents.addAll(graph.get(v)));
            }
            stack.addLast(contents);
        } else if (in instanceof Instr.MakeClosure mc) {
            graph.recordCaptures(f, mc);
            stack.addLast(Set.of(mc.function()));
        } else if (in instanceof Instr.Call c) {
            calls.call(c.argc(), c.resultCount(), stack);
        } else if (in instanceof Instr.CallBuiltin c) {
            List<Set<Integer>> args = popN(stack, c.argc());
            if (CallHoles.leaksArguments(c.builtin())) {
                args.forEach(graph::escape);
            }
            for (int k = 0; k < c.resultCount(); k++) {
                stack.addLast(Set.of());
            }
        } else if (in instanceof Instr.Defer d) {
            calls.defer(f.deferSites().get(d.site()), d.argc(), stack);
        } else if (in instanceof Instr.DeferBuiltin d) {
            List<Set<Integer>> args = popN(stack, d.argc());
            if (f.deferSites().get(d.site()).inLoop() || CallHoles.leaksArguments(d.builtin())) {
                args.forEach(graph::escape);
            }
        } else if (in instanceof Instr.TypeAssert t) {
            Set<Integer> v = pop(stack);
            stack.addLast(v);
            if (t.commaOk()) {
                stack.addLast(Set.of());
            }
        } else if (in instanceof Instr.Return) {
            calls.returned(f);
        } else {
            memory(in, stack);
        }
    }

    /**
     * The memory and container instructions: addresses and values derived from an operand carry its closures
     * along; a store through a pointer sends the value to the variables the pointer may point to (to the heap
     * when it may point anywhere); maps, append and heap allocations send what they hold to the heap.
     */
    private void memory(Instr in, ArrayDeque<Set<Integer>> stack) {
        if (in instanceof Instr.FieldAddr || in instanceof Instr.Field || in instanceof Instr.Convert
                || in instanceof Instr.SliceOfArray || in instanceof Instr.SliceToArray || in instanceof Instr.NilCheck || in instanceof Instr.MapKeys || in instanceof Instr.PrintAddress) {
            stack.addLast(pop(stack));
        } else if (in instanceof Instr.IndexAddr || in instanceof Instr.Index) {
            pop(stack);
            stack.addLast(pop(stack));
        } else if (in instanceof Instr.Store) {
            Set<Integer> p = pop(stack);
            Set<Integer> v = pop(stack);
            storeThrough(p, v);
        } else if (in instanceof Instr.CompositeSet) {
            Set<Integer> v = pop(stack);
            Set<Integer> c = new HashSet<>(pop(stack));
            c.addAll(v);
            stack.addLast(c);
        } else if (in instanceof Instr.HeapAlloc) {
            graph.escape(pop(stack));
            stack.addLast(Set.of());
        } else if (in instanceof Instr.BindMethod b) {
            graph.add(new Var(b.function(), 0), pop(stack));
            stack.addLast(Set.of(b.function()));
        } else if (in instanceof Instr.IfaceMethod) {
            graph.escape(pop(stack));
            stack.addLast(Set.of());
        } else {
            containers(in, stack);
        }
    }

    private void storeThrough(Set<Integer> pointer, Set<Integer> value) {
        if (pointer.isEmpty()) {
            graph.escape(value);
            return;
        }
        for (int token : pointer) {
            graph.capturesOf(token).forEach(v -> {
                if (v != null) {
                    graph.add(v, value);
                }
            });
        }
    }

    private void containers(Instr in, ArrayDeque<Set<Integer>> stack) {
        if (in instanceof Instr.AddressOfGlobal || in instanceof Instr.New) {
            stack.addLast(Set.of());
        } else if (in instanceof Instr.Slice s) {
            popN(stack, (s.lo() ? 1 : 0) + (s.hi() ? 1 : 0) + (s.max() ? 1 : 0));
            stack.addLast(pop(stack));
        } else if (in instanceof Instr.MakeSlice m) {
            popN(stack, m.hasCap() ? 2 : 1);
            stack.addLast(Set.of());
        } else if (in instanceof Instr.MakeMap m) {
            popN(stack, m.hasSize() ? 1 : 0);
            stack.addLast(Set.of());
        } else if (in instanceof Instr.MapIndex m) {
            pop(stack);
            stack.addLast(pop(stack));
            if (m.commaOk()) {
                stack.addLast(Set.of());
            }
        } else if (in instanceof Instr.MapStore) {
            popN(stack, 2);
            graph.escape(pop(stack));
        } else if (in instanceof Instr.MapInsert) {
            graph.escape(pop(stack));
            graph.escape(pop(stack));
        } else if (in instanceof Instr.Append a) {
            Set<Integer> all = new HashSet<>();
            popN(stack, a.argc()).forEach(all::addAll);
            graph.escape(all);
            stack.addLast(all);
        } else if (in instanceof Instr.DecodeRune) {
            popN(stack, 2);
            stack.addLast(Set.of());
            stack.addLast(Set.of());
        } else if (in instanceof Instr.MapHas) {
            popN(stack, 2);
            stack.addLast(Set.of());
        } else if (in instanceof Instr.MapRangeEnd) {
            popN(stack, 2);
        } else if (in instanceof Instr.CallBuiltinSpread c) {
            popN(stack, c.fixed() + 1).forEach(graph::escape);
            for (int k = 0; k < c.resultCount(); k++) {
                stack.addLast(Set.of());
            }
        }
    }

    static Set<Integer> pop(ArrayDeque<Set<Integer>> stack) {
        return stack.isEmpty() ? Set.of() : stack.removeLast();
    }

    static List<Set<Integer>> popN(ArrayDeque<Set<Integer>> stack, int n) {
        List<Set<Integer>> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(0, pop(stack));
        }
        return out;
    }
}

package defercheck.check;

import defercheck.source.Span;
import defercheck.syntax.ast.VarSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of package variable initialization (Go spec "Package initialization"): repeatedly the earliest
 * variable in declaration order that depends on no uninitialized variable, where a reference to a function
 * counts as references to everything its body refers to. As types2's initorder.go: a graph of the
 * package-level variables and functions, the function nodes replaced by edges from their users to what they
 * use, then nodes taken by fewest remaining dependencies and source order; a node that still has dependencies
 * when taken lies on a cycle or waits for one, and a cycle is reported with the path that closes it.
 */
final class InitOrder {

    /** A package-level variable or function and what it depends on. */
    private static final class Node {
        final Obj obj;
        final int order;
        final Set<Node> succ = new LinkedHashSet<>();
        final Set<Node> pred = new LinkedHashSet<>();
        int ndeps;

        Node(Obj obj, int order) {
            this.obj = obj;
            this.order = order;
        }
    }

    private final Env env;
    /** The objects each declaration refers to, in the order first referred to; keyed by VarSpec or FuncObj. */
    private final Map<Object, Set<Obj>> refs = new IdentityHashMap<>();
    /** Package-level objects in declaration order, and the var spec each variable comes from. */
    private final List<Obj> objects = new ArrayList<>();
    private final Map<Var, VarSpec> specOf = new IdentityHashMap<>();
    private Object current;

    InitOrder(Env env) {
        this.env = env;
    }

    void declare(FuncObj f) {
        objects.add(f);
        refs.put(f, new LinkedHashSet<>());
    }

    void declare(Var v, VarSpec spec) {
        objects.add(v);
        specOf.put(v, spec);
        refs.computeIfAbsent(spec, k -> new LinkedHashSet<>());
    }

    /** The declaration whose initializer or body is being checked: references are recorded for it. */
    Object enter(Object declaration) {
        Object outer = current;
        current = declaration;
        return outer;
    }

    void leave(Object outer) {
        current = outer;
    }

    /** A package-level variable or function referred to by the declaration being checked. */
    void referTo(Obj o) {
        boolean pkgLevel = o instanceof FuncObj || o instanceof Var v && v.kind() == Var.Kind.GLOBAL;
        if (current != null && pkgLevel) {
            refs.get(current).add(o);
        }
    }

    /** The var specs with initializers in initialization order, reporting initialization cycles. */
    List<VarSpec> order() {
        List<Node> vars = graph();
        List<VarSpec> out = new ArrayList<>();
        Set<VarSpec> emitted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> queue = new ArrayList<>(vars);
        while (!queue.isEmpty()) {
            Node n = queue.stream().min(Comparator.comparingInt((Node x) -> x.ndeps).thenComparingInt(x -> x.order))
                    .orElseThrow();
            queue.remove(n);
            if (n.ndeps > 0) {
                List<Obj> cycle = findPath(n.obj, n.obj, new LinkedHashSet<>());
                if (cycle == null) {
                    continue;
                }
                reportCycle(cycle);
            }
            for (Node p : n.pred) {
                p.ndeps--;
            }
            VarSpec spec = specOf.get((Var) n.obj);
            if (!spec.values().isEmpty() && emitted.add(spec)) {
                out.add(spec);
            }
        }
        return out;
    }

    /** The variable nodes, with the function nodes removed and their users joined to what they use. */
    private List<Node> graph() {
        Map<Obj, Node> nodes = new LinkedHashMap<>();
        for (Obj o : objects) {
            nodes.put(o, new Node(o, nodes.size()));
        }
        for (Node n : nodes.values()) {
            for (Obj d : depsOf(n.obj)) {
                Node s = nodes.get(d);
                if (s != null) {
                    n.succ.add(s);
                    s.pred.add(n);
                }
            }
        }
        List<Node> vars = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (n.obj instanceof Var) {
                vars.add(n);
                continue;
            }
            for (Node p : n.pred) {
                if (p == n) {
                    continue;
                }
                for (Node s : n.succ) {
                    if (s != n) {
                        p.succ.add(s);
                        s.pred.add(p);
                    }
                }
                p.succ.remove(n);
            }
            for (Node s : n.succ) {
                s.pred.remove(n);
            }
        }
        vars.forEach(n -> n.ndeps = n.succ.size());
        return vars;
    }

    private Set<Obj> depsOf(Obj o) {
        return o instanceof Var v ? refs.get(specOf.get(v)) : refs.get(o);
    }

    /** A path of references from {@code from} back to {@code to}, listed from {@code to} backwards; null if none. */
    private List<Obj> findPath(Obj from, Obj to, Set<Obj> seen) {
        if (!seen.add(from)) {
            return null;
        }
        for (Obj d : depsOf(from)) {
            if (d == to) {
                return new ArrayList<>(List.of(d));
            }
            List<Obj> p = findPath(d, to, seen);
            if (p != null) {
                p.add(d);
                return p;
            }
        }
        return null;
    }

    /**
     * gc's wording: from go1.20 "initialization cycle for a" (or "initialization cycle: a refers to itself"),
     * before "initialization loop for a"; then each object of the cycle with its position, "a refers to".
     */
    private void reportCycle(List<Obj> cycle) {
        Obj obj = cycle.get(0);
        boolean modern = env.version.atLeast(20);
        if (cycle.size() == 1 && modern) {
            env.error(position(obj), "initialization cycle: " + obj.name() + " refers to itself");
            return;
        }
        StringBuilder sb = new StringBuilder((modern ? "initialization cycle for " : "initialization loop for ")
                + obj.name());
        for (int i = cycle.size() - 1; i >= 0; i--) {
            sb.append("\n\t").append(position(obj).position()).append(": ").append(obj.name()).append(" refers to");
            obj = cycle.get(i);
        }
        sb.append("\n\t").append(position(obj).position()).append(": ").append(obj.name());
        env.error(position(cycle.get(0)), sb.toString());
    }

    private static Span position(Obj o) {
        return o instanceof FuncObj f ? f.decl().name().span() : ((Var) o).declared();
    }
}

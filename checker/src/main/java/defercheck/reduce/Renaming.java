package defercheck.reduce;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a program into the enumerator's canonical form: unreachable functions dropped, functions numbered in
 * first-use order (main's body, then f1's, ...), values numbered in first-occurrence order. Returns null
 * when the result would call backwards, which the program space excludes.
 */
final class Renaming {
    private final Map<Integer, Integer> functions = new HashMap<>();
    private final Map<Integer, Integer> values = new HashMap<>();
    private final List<Integer> order = new ArrayList<>();

    private Renaming() {
    }

    static CoreProgram canonical(CoreProgram p) {
        Renaming r = new Renaming();
        r.order.add(0);
        r.functions.put(0, 0);
        for (int i = 0; i < r.order.size(); i++) {
            r.numberFunctions(p.function(r.order.get(i)).body());
        }
        List<CoreFunction> out = new ArrayList<>();
        for (int i = 0; i < r.order.size(); i++) {
            CoreFunction f = p.function(r.order.get(i));
            List<CoreStmt> body = r.body(f.body(), i);
            if (body == null) {
                return null;
            }
            out.add(new CoreFunction(f.result(), body));
        }
        return new CoreProgram(out);
    }

    private void numberFunctions(List<CoreStmt> body) {
        for (CoreStmt s : body) {
            int f = -1;
            if (s instanceof CoreStmt.Call c) {
                f = c.function();
            } else if (s instanceof CoreStmt.Go g) {
                f = g.function();
            } else if (s instanceof CoreStmt.Defer d && d.what() instanceof Deferred.Named n) {
                f = n.function();
            } else if (s instanceof CoreStmt.Defer d && d.what() instanceof Deferred.Closure c) {
                numberFunctions(c.body());
            }
            if (f >= 0 && !functions.containsKey(f)) {
                functions.put(f, order.size());
                order.add(f);
            }
        }
    }

    private int value(int v) {
        return values.computeIfAbsent(v, k -> values.size() + 1);
    }

    private List<CoreStmt> body(List<CoreStmt> body, int self) {
        List<CoreStmt> out = new ArrayList<>();
        for (CoreStmt s : body) {
            CoreStmt r = stmt(s, self);
            if (r == null) {
                return null;
            }
            out.add(r);
        }
        return out;
    }

    private CoreStmt stmt(CoreStmt s, int self) {
        if (s instanceof CoreStmt.Print x) {
            return new CoreStmt.Print(value(x.value()));
        } else if (s instanceof CoreStmt.Call c) {
            int f = functions.get(c.function());
            return f <= self ? null : new CoreStmt.Call(f);
        } else if (s instanceof CoreStmt.Go g) {
            int f = functions.get(g.function());
            return f <= self ? null : new CoreStmt.Go(f);
        } else if (s instanceof CoreStmt.SetResult x) {
            return new CoreStmt.SetResult(value(x.value()));
        } else if (s instanceof CoreStmt.Panic x) {
            return new CoreStmt.Panic(value(x.value()));
        } else if (s instanceof CoreStmt.Return x) {
            return new CoreStmt.Return(value(x.value()));
        } else if (s instanceof CoreStmt.Exit x) {
            return new CoreStmt.Exit(value(x.value()));
        } else if (s instanceof CoreStmt.Defer d) {
            Deferred w = deferred(d.what(), self);
            return w == null ? null : new CoreStmt.Defer(d.guard(), w);
        }
        return s;
    }

    private Deferred deferred(Deferred w, int self) {
        if (w instanceof Deferred.Closure c) {
            List<CoreStmt> b = body(c.body(), self);
            return b == null ? null : new Deferred.Closure(b);
        } else if (w instanceof Deferred.Named n) {
            int f = functions.get(n.function());
            return f <= self ? null : new Deferred.Named(f);
        } else if (w instanceof Deferred.PanicCall x) {
            return new Deferred.PanicCall(value(x.value()));
        } else if (w instanceof Deferred.PrintlnCall x) {
            return new Deferred.PrintlnCall(value(x.value()));
        }
        return w;
    }
}

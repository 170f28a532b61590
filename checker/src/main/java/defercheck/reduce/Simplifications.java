package defercheck.reduce;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.coreprogram.Guard;
import java.util.ArrayList;
import java.util.List;

/**
 * Every one-step simplification of a core program, in the order delta debugging tries them: drop a whole
 * body's statements, drop one statement (anywhere, closures included), unguard a defer, shorten a loop to one
 * trip, then empty a closure. Each result is well formed by construction (terminal statements stay last).
 */
final class Simplifications {
    private Simplifications() {
    }

    static List<CoreProgram> of(CoreProgram p) {
        List<CoreProgram> out = new ArrayList<>();
        for (int f = 0; f < p.functions().size(); f++) {
            CoreFunction fn = p.function(f);
            for (List<CoreStmt> body : variants(fn.body())) {
                out.add(replace(p, f, new CoreFunction(fn.result(), body)));
            }
        }
        return out;
    }

    private static CoreProgram replace(CoreProgram p, int f, CoreFunction fn) {
        List<CoreFunction> fns = new ArrayList<>(p.functions());
        fns.set(f, fn);
        return new CoreProgram(fns);
    }

    /** The bodies one step simpler than {@code body}. */
    static List<List<CoreStmt>> variants(List<CoreStmt> body) {
        List<List<CoreStmt>> out = new ArrayList<>();
        if (body.size() > 1) {
            out.add(List.of());
        }
        for (int i = 0; i < body.size(); i++) {
            List<CoreStmt> without = new ArrayList<>(body);
            without.remove(i);
            out.add(without);
        }
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof CoreStmt.Defer d) {
                for (CoreStmt s : simpler(d)) {
                    List<CoreStmt> changed = new ArrayList<>(body);
                    changed.set(i, s);
                    out.add(changed);
                }
            }
        }
        return out;
    }

    private static List<CoreStmt> simpler(CoreStmt.Defer d) {
        List<CoreStmt> out = new ArrayList<>();
        if (d.guard().kind() != Guard.Kind.PLAIN) {
            out.add(new CoreStmt.Defer(Guard.PLAIN, d.what()));
        }
        if (d.guard().kind() == Guard.Kind.LOOP && d.guard().trips() > 1) {
            out.add(new CoreStmt.Defer(Guard.loop(1), d.what()));
        }
        if (d.what() instanceof Deferred.Closure c) {
            for (List<CoreStmt> inner : variants(c.body())) {
                out.add(new CoreStmt.Defer(d.guard(), new Deferred.Closure(inner)));
            }
        }
        return out;
    }
}

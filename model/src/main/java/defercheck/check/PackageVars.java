package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.VarSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Package-level variables. Every one is declared before any initializer or function body is checked, since
 * package-level names are visible throughout the package (Go spec "Declarations and scope"); a variable
 * declared without a type gets its type when its initializer is checked, which happens in source order or
 * earlier, as soon as something refers to it (types2 objDecl). A variable whose initializer refers back to
 * itself has no type while that initializer is checked; the initialization cycle is reported by
 * {@link InitOrder}.
 */
final class PackageVars {

    private enum State { PENDING, CHECKING, DONE }

    private final Env env;
    private final Map<VarSpec, State> state = new IdentityHashMap<>();
    private final Map<VarSpec, List<Var>> varsOf = new IdentityHashMap<>();
    private final Map<VarSpec, Type> declaredType = new IdentityHashMap<>();
    private final Map<Var, VarSpec> specOf = new IdentityHashMap<>();

    PackageVars(Env env) {
        this.env = env;
    }

    /** Makes the spec's variables, typed only when the spec writes a type; the caller puts them in scope. */
    List<Var> declare(VarSpec spec) {
        Type declared = spec.type() == null ? null : env.types.resolve(spec.type());
        if (spec.type() != null && declared == null) {
            declared = Type.INVALID;
        }
        List<Var> vars = new ArrayList<>();
        for (Ident name : spec.names()) {
            boolean lib = env.library != null;
            Var v = new Var(name.name(), declared, name.span(), Var.Kind.GLOBAL, null, lib ? -1 : env.info.globals.size());
            env.info.defs.put(name, v);
            (lib ? env.library.vars : env.info.globals).add(v);
            env.inits.declare(v, spec);
            specOf.put(v, spec);
            vars.add(v);
        }
        state.put(spec, State.PENDING);
        varsOf.put(spec, vars);
        declaredType.put(spec, declared);
        return vars;
    }

    /** Checks every spec not yet checked, in source order. */
    void checkAll(List<VarSpec> specs) {
        specs.forEach(this::check);
    }

    /**
     * A use of package-level object {@code o} by the declaration being checked: recorded for the initialization
     * order, and a variable's initializer is checked first if it was not yet. False while the variable's type
     * is unknown because its own initializer is being checked.
     */
    boolean use(Obj o) {
        env.inits.referTo(o);
        if (!(o instanceof Var v) || !specOf.containsKey(v)) {
            return true;
        }
        check(specOf.get(v));
        return v.type() != null;
    }

    private void check(VarSpec spec) {
        if (state.get(spec) != State.PENDING) {
            return;
        }
        state.put(spec, State.CHECKING);
        FuncContext ctx = env.ctx;
        env.ctx = null;
        Object outer = env.inits.enter(spec);
        List<AssignChecker.Typed> types = env.assigns.specTypes(spec, declaredType.get(spec));
        env.inits.leave(outer);
        env.ctx = ctx;
        List<Var> vars = varsOf.get(spec);
        for (int i = 0; i < vars.size(); i++) {
            if (vars.get(i).type() == null) {
                Type t = types.get(i).type();
                vars.get(i).settle(t == null ? Type.INVALID : t);
            }
        }
        state.put(spec, State.DONE);
    }
}

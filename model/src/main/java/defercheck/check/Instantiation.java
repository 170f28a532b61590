package defercheck.check;

import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IndexExpr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Uses of generic functions: explicit instantiation {@code f[int]}, calls with type inference (types2 infer.go:
 * typed arguments first, then untyped constants by their default type, then core types of constraints), and the
 * check that each type argument satisfies its constraint.
 */
final class Instantiation {

    /** A generic function named at a call or instantiation, with the type arguments written there. */
    record Callee(GenericFunc func, Ident name, List<Type> explicit, List<Expr> explicitExprs) { }

    private final Env env;

    Instantiation(Env env) {
        this.env = env;
    }

    /** The generic function that {@code fun} names, with its written type arguments; null when it names none. */
    Callee callee(Expr fun) {
        Expr e = ExprChecker.unparen(fun);
        List<Expr> written = List.of();
        if (e instanceof IndexExpr ix) {
            written = ix.indices();
            e = ExprChecker.unparen(ix.x());
        }
        if (!(e instanceof Ident id) || !(env.scope().lookup(id.name()) instanceof GenericFunc g)) {
            return null;
        }
        env.info.uses.put(id, g);
        List<Type> explicit = new ArrayList<>();
        for (Expr a : written) {
            Type t = env.types.typeOf(a);
            explicit.add(t == null ? Type.INVALID : t);
        }
        return new Callee(g, id, explicit, written);
    }

    /** {@code f[T1, T2]} used as a value: every type argument must be written. */
    Operand value(IndexExpr e, Callee k) {
        if (k.explicit().contains(Type.INVALID) || !tooMany(k)) {
            return Operand.invalid(e);
        }
        if (k.explicit().size() < k.func().typeParams().size()) {
            env.unsupported(e.span(), "partial instantiation of a generic function outside a call");
            return Operand.invalid(e);
        }
        Type.Func sig = instantiate(k, bindExplicit(k), e, e.span());
        return sig == null ? Operand.invalid(e) : Operand.value(e, sig);
    }

    /**
     * A generic function named without type arguments anywhere but a call: an error up to go1.20; from go1.21
     * the type arguments may be inferred from the type the context wants, which the model does not do.
     */
    Operand uninstantiated(Ident id) {
        if (env.version.atLeast(21)) {
            env.unsupported(id.span(), "generic function used without instantiation outside a call");
        } else {
            env.error(id.span(), "cannot use generic function " + id.name() + " without instantiation");
        }
        return Operand.invalid(id);
    }

    private boolean tooMany(Callee k) {
        int want = k.func().typeParams().size();
        if (k.explicit().size() > want) {
            env.error(k.explicitExprs().get(want).span(), "got " + k.explicit().size() + " type arguments but want "
                    + want);
            return false;
        }
        return true;
    }

    private Map<Type.TypeParam, Type> bindExplicit(Callee k) {
        Map<Type.TypeParam, Type> m = new LinkedHashMap<>();
        for (int i = 0; i < k.explicit().size(); i++) {
            m.put(k.func().typeParams().get(i), k.explicit().get(i));
        }
        return m;
    }

    /** A call of a generic function: infers the missing type arguments, instantiates, checks the arguments. */
    Operand call(CallExpr c, Callee k) {
        List<Operand> args = env.calls.args(c);
        if (args == null || k.explicit().contains(Type.INVALID) || !tooMany(k)) {
            return Operand.invalid(c);
        }
        Map<Type.TypeParam, Type> m = bindExplicit(k);
        if (m.size() < k.func().typeParams().size()
                && !new Inference(env, k.func(), c).infer(m, args)) {
            return Operand.invalid(c);
        }
        Type.Func sig = instantiate(k, m, c.fun(), k.explicit().isEmpty() ? c.lparen()
                : k.explicitExprs().get(0).span());
        if (sig == null) {
            return Operand.invalid(c);
        }
        env.calls.arguments(c, sig, args);
        env.info.calls.put(c, new CallResolution.FuncCall(sig));
        return CallChecker.results(c, sig.results());
    }

    /**
     * Checks the type arguments against the constraints (types2 reports at the call's parenthesis when inferred,
     * at the type argument when written) and records the instance for the lowering.
     */
    private Type.Func instantiate(Callee k, Map<Type.TypeParam, Type> m, Expr use, Span at) {
        GenericFunc g = k.func();
        Substitution s = new Substitution(m, env.generics);
        List<Type> targs = new ArrayList<>();
        for (int i = 0; i < g.typeParams().size(); i++) {
            Type.TypeParam p = g.typeParams().get(i);
            Type arg = m.get(p);
            Span where = i < k.explicitExprs().size() ? k.explicitExprs().get(i).span() : at;
            if (!satisfies(arg, s.apply(p.constraint()), where)) {
                return null;
            }
            targs.add(arg);
        }
        Type.Func sig = s.func(g.type());
        FuncObj inst = env.generics.instantiate(g, targs);
        if (inst != null) {
            env.info.uses.put(k.name(), inst);
            env.packageVars.use(inst);
            Expr e = ExprChecker.unparen(use);
            if (e instanceof IndexExpr) {
                env.info.instantiations.put(e, inst);
            }
        }
        env.info.types.put(use, sig);
        return sig;
    }

    /** Go spec "Satisfying a type constraint", with types2's messages per release. */
    boolean satisfies(Type arg, Type constraint, Span at) {
        if (!(constraint instanceof Type.Interface c) && !(constraint.underlying() instanceof Type.Interface)) {
            return constraint == Type.INVALID;
        }
        Type.Interface c = (Type.Interface) constraint.underlying();
        String verb = env.version.atLeast(20) ? " does not satisfy " : " does not implement ";
        if (c.isEmpty()) {
            return true;
        }
        if (arg instanceof Type.TypeParam p) {
            if (p.constraint() != null && p.constraint().underlying().equals(c)) {
                return true;
            }
            env.unsupported(at, "type parameter " + p.name() + " as the argument of a constrained type parameter");
            return false;
        }
        if (c.terms() != null && !inTypeSet(arg, c.terms())) {
            env.error(at, arg + verb + constraint + " (" + arg + " missing in " + termList(c.terms()) + ")");
            return false;
        }
        for (Type.Method m : c.methods()) {
            String why = Implements.check(arg, m);
            if (why != null) {
                env.error(at, arg + verb + constraint + " " + Implements.worded(why, env.version));
                return false;
            }
        }
        if (c.comparableConstraint() && (!arg.isComparable() || !env.version.atLeast(20) && arg.isInterface())) {
            env.error(at, arg + verb + "comparable");
            return false;
        }
        return true;
    }

    static boolean inTypeSet(Type arg, List<Type.Term> terms) {
        for (Type.Term t : terms) {
            if (t.tilde() ? Types.identical(arg.underlying(), t.type().underlying()) : Types.identical(arg, t.type())) {
                return true;
            }
        }
        return false;
    }

    private static String termList(List<Type.Term> terms) {
        StringBuilder sb = new StringBuilder();
        for (Type.Term t : terms) {
            sb.append(sb.length() > 0 ? " | " : "").append(t.tilde() ? "~" : "").append(t.type());
        }
        return sb.toString();
    }
}

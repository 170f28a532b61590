package defercheck.check;

import defercheck.ir.BasicKind;
import defercheck.ir.Type;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.CallExpr;
import java.util.List;
import java.util.Map;

/**
 * Function argument type inference (Go spec "Type inference"; types2 infer.go): typed arguments are unified with
 * their parameters, then untyped constants whose parameter is a bare type parameter give it their default type
 * (from go1.21 the largest kind among them, before that the first one's), then a type parameter whose
 * constraint has a single term is unified with it. Anything the unifier cannot place fails the call, as gc does.
 */
final class Inference {

    private final Env env;
    private final GenericFunc g;
    private final CallExpr call;

    Inference(Env env, GenericFunc g, CallExpr call) {
        this.env = env;
        this.g = g;
        this.call = call;
    }

    private String inCall() {
        return env.version.atLeast(23) ? "in call to " + ExprPrinter.print(call.fun()) + ", " : "";
    }

    /** Completes {@code m}; false after reporting why it cannot. */
    boolean infer(Map<Type.TypeParam, Type> m, List<Operand> args) {
        List<Type> params = g.type().params();
        boolean spread = g.type().variadic() && !call.hasEllipsis();
        if (spread ? args.size() < params.size() - 1 : args.size() != params.size()) {
            env.calls.arguments(call, g.type(), args);
            return false;
        }
        for (int i = 0; i < args.size(); i++) {
            Operand a = args.get(i);
            Type p = param(params, i);
            if (a.untyped() || a.mode() == Mode.NIL) {
                continue;
            }
            if (!unify(p, a.type(), m)) {
                if (p instanceof Type.TypeParam tp && m.get(tp) != null) {
                    env.error(a.expr().span(), inCall() + "type " + a.type() + " of " + ExprPrinter.print(a.expr())
                            + " does not match inferred type " + m.get(tp) + " for " + tp.name());
                } else {
                    env.unsupported(a.expr().span(), "type inference", "type inference the model cannot do here");
                }
                return false;
            }
        }
        if (!untyped(m, args, params)) {
            return false;
        }
        coreTypes(m);
        for (Type.TypeParam p : g.typeParams()) {
            if (m.get(p) == null) {
                env.error(call.lparen(), inCall() + "cannot infer " + p.name() + " ("
                        + g.decl().typeParams().get(p.index()).name().span().position() + ")");
                return false;
            }
        }
        return true;
    }

    private Type param(List<Type> params, int i) {
        if (g.type().variadic() && !call.hasEllipsis() && i >= params.size() - 1) {
            return ((Type.Slice) params.get(params.size() - 1)).elem();
        }
        return params.get(i);
    }

    /** Untyped constant arguments of bare type parameters still unknown: their default types. */
    private boolean untyped(Map<Type.TypeParam, Type> m, List<Operand> args, List<Type> params) {
        Map<Type.TypeParam, Operand> first = new java.util.LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            Operand a = args.get(i);
            if (!(param(params, i) instanceof Type.TypeParam tp) || !a.untyped() || m.get(tp) != null
                    && !first.containsKey(tp)) {
                continue;
            }
            Operand seen = first.get(tp);
            if (seen == null) {
                first.put(tp, a);
                m.put(tp, Types.defaultType(a.type()));
            } else if (env.version.atLeast(21)) {
                Type max = larger(seen.type(), a.type());
                if (max == null) {
                    env.error(a.expr().span(), inCall() + "mismatched types " + seen.type() + " and " + a.type()
                            + " (cannot infer " + tp.name() + ")");
                    return false;
                }
                first.put(tp, max == seen.type() ? seen : a);
                m.put(tp, Types.defaultType(max));
            } else if (!Types.defaultType(a.type()).equals(m.get(tp))) {
                env.error(a.expr().span(), "default type " + Types.defaultType(a.type()) + " of "
                        + ExprPrinter.print(a.expr()) + " does not match inferred type " + m.get(tp) + " for "
                        + tp.name());
                return false;
            }
        }
        return true;
    }

    /** The larger of two untyped numeric kinds (int < rune < float < complex), or null when they do not mix. */
    private static Type larger(Type a, Type b) {
        int ra = rank(a.basicKind());
        int rb = rank(b.basicKind());
        if (a.basicKind() == b.basicKind()) {
            return a;
        }
        if (ra < 0 || rb < 0) {
            return null;
        }
        return ra >= rb ? a : b;
    }

    private static int rank(BasicKind k) {
        return switch (k) {
            case UNTYPED_INT -> 0;
            case UNTYPED_RUNE -> 1;
            case UNTYPED_FLOAT -> 2;
            case UNTYPED_COMPLEX -> 3;
            default -> -1;
        };
    }

    /** Constraint type inference: a parameter whose constraint has exactly one term takes its (core) type. */
    private void coreTypes(Map<Type.TypeParam, Type> m) {
        for (int round = 0; round < g.typeParams().size(); round++) {
            for (Type.TypeParam p : g.typeParams()) {
                if (!(p.constraint() != null && p.constraint().underlying() instanceof Type.Interface c)
                        || c.terms() == null || c.terms().size() != 1) {
                    continue;
                }
                Type.Term term = c.terms().get(0);
                Type bound = m.get(p);
                if (bound != null) {
                    unify(term.type(), term.tilde() ? bound.underlying() : bound, m);
                } else if (!term.tilde()) {
                    Type t = new Substitution(m, env.generics).apply(term.type());
                    if (!Substitution.mentionsTypeParam(t)) {
                        m.put(p, t);
                    }
                }
            }
        }
    }

    /** Inexact unification: a defined type meets a type literal through its underlying type. */
    private boolean unify(Type p, Type a, Map<Type.TypeParam, Type> m) {
        if (p instanceof Type.TypeParam tp && g.typeParams().contains(tp)) {
            Type have = m.get(tp);
            if (have == null) {
                m.put(tp, a);
                return true;
            }
            return Types.identical(have, a);
        }
        if (!Substitution.mentionsTypeParam(p)) {
            return true;
        }
        if (p instanceof Type.Named pn) {
            if (a instanceof Type.Named an && an.name().equals(pn.name()) && env.generics.origin(an) != null
                    && env.generics.origin(an) == env.generics.origin(pn)) {
                for (int i = 0; i < pn.typeArgs().size(); i++) {
                    if (!unify(pn.typeArgs().get(i), an.typeArgs().get(i), m)) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        }
        Type u = a instanceof Type.Named ? a.underlying() : a;
        if (p instanceof Type.Pointer pp && u instanceof Type.Pointer ap) {
            return unify(pp.elem(), ap.elem(), m);
        } else if (p instanceof Type.Slice ps && u instanceof Type.Slice as) {
            return unify(ps.elem(), as.elem(), m);
        } else if (p instanceof Type.Array pa && u instanceof Type.Array aa) {
            return pa.length() == aa.length() && unify(pa.elem(), aa.elem(), m);
        } else if (p instanceof Type.Map pm && u instanceof Type.Map am) {
            return unify(pm.key(), am.key(), m) && unify(pm.value(), am.value(), m);
        } else if (p instanceof Type.Func pf && u instanceof Type.Func af) {
            if (pf.params().size() != af.params().size() || pf.results().size() != af.results().size()
                    || pf.variadic() != af.variadic()) {
                return false;
            }
            for (int i = 0; i < pf.params().size(); i++) {
                if (!unify(pf.params().get(i), af.params().get(i), m)) {
                    return false;
                }
            }
            for (int i = 0; i < pf.results().size(); i++) {
                if (!unify(pf.results().get(i), af.results().get(i), m)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}

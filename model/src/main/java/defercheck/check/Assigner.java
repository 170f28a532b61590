package defercheck.check;

import defercheck.ir.Constant;
import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.TypeAssertExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignability (Go spec "Assignability") and the multi-value forms of assignment. Assigning an
 * untyped constant or nil records its final type, which is what the lowering pushes.
 */
final class Assigner {

    private final Env env;

    Assigner(Env env) {
        this.env = env;
    }

    /** Checks that {@code x} may be assigned to {@code target}; reports and returns false if not. */
    boolean assign(Operand x, Type target, String context) {
        if (x.invalid() || target == null || target == Type.INVALID) {
            return true;
        }
        if (x.mode() == Mode.NIL) {
            if (target.isNilable()) {
                record(x, new Constant.NilConst(target), target);
                return true;
            }
            env.error(x.expr().span(), "cannot use nil as " + asTarget(target, true) + " in " + context);
            return false;
        }
        if (x.untyped()) {
            if (x.type().equals(target) || target.equals(Type.ANY)) {
                record(x, x.value(), x.type());
                return true;
            }
        } else if (assignable(x.type(), target)) {
            return true;
        } else if (Type.differOnlyInName(x.type(), target)) {
            env.unsupported(x.expr().span(), "using " + x.describe() + " as " + target + " (same underlying type)");
            return false;
        }
        env.error(x.expr().span(), "cannot use " + x.describe() + " as " + asTarget(target, x.untyped()) + " in "
                + context + missingMethod(x, target));
        return false;
    }

    /**
     * "as T value" from go1.20; go1.19 said "as type T" for a typed operand (types2 assignment.go) and
     * "as T value" for an untyped one (implicitTypeAndValue).
     */
    private String asTarget(Type target, boolean untyped) {
        return env.version.atLeast(20) || untyped ? target + " value" : "type " + target;
    }

    private String missingMethod(Operand x, Type target) {
        if (!Type.ERROR.equals(target) || x.untyped()) {
            return "";
        }
        return (env.version.atLeast(20) ? ": " : ":\n\t") + x.type() + " does not implement error (missing method Error)";
    }

    static boolean assignable(Type from, Type to) {
        return from.equals(to) || to.equals(Type.ANY);
    }

    /** The type a new variable takes from {@code x}; records an untyped constant's default type. */
    Type defaultType(Operand x, String context) {
        if (x.invalid()) {
            return null;
        }
        if (x.mode() == Mode.NIL) {
            env.error(x.expr().span(), "use of untyped nil in " + context);
            return null;
        }
        if (x.untyped()) {
            record(x, x.value(), x.type());
        }
        return x.type();
    }

    private void record(Operand x, Constant c, Type t) {
        env.info.constants.put(x.expr(), c);
        env.info.types.put(x.expr(), t);
    }

    /** Requires a single value: reports tuples, no-value calls, types, builtins and packages. */
    Operand single(Operand x) {
        Span at = x.expr().span();
        switch (x.mode()) {
            case TUPLE:
                env.error(at, "multiple-value " + x.describe() + " in single-value context");
                return Operand.invalid(x.expr());
            case NOVALUE:
                env.error(at, x.describe() + " used as value");
                return Operand.invalid(x.expr());
            case TYPE:
                env.error(at, ExprPrinter.print(x.expr()) + " (type) is not an expression");
                return Operand.invalid(x.expr());
            case BUILTIN:
                env.error(at, ExprPrinter.print(x.expr()) + " (built-in function " + x.obj().name() + ") must be called");
                return Operand.invalid(x.expr());
            case PACKAGE:
                env.error(at, "use of package " + x.obj().name() + " without selector");
                return Operand.invalid(x.expr());
            default:
                return x;
        }
    }

    /**
     * The values for {@code n} left-hand sides: a multi-value call spread, the comma-ok form of a type
     * assertion, or one value per expression. Reports a count mismatch and returns null.
     */
    List<Operand> values(int n, List<Expr> rhs) {
        if (rhs.size() == 1 && n > 1) {
            return spread(n, rhs.get(0));
        }
        List<Operand> out = new ArrayList<>();
        for (Expr e : rhs) {
            out.add(single(env.exprs.expr(e)));
        }
        if (out.size() != n) {
            mismatch(n, rhs.get(0), plural(rhs.size(), "value"));
            return null;
        }
        return out;
    }

    private List<Operand> spread(int n, Expr e) {
        if (n == 2 && e instanceof TypeAssertExpr) {
            Operand v = single(env.exprs.expr(e));
            return List.of(v, v.invalid() ? v : Operand.value(e, Type.BOOL));
        }
        Operand x = env.exprs.expr(e);
        if (x.invalid()) {
            return null;
        }
        if (x.mode() == Mode.TUPLE && x.tuple().size() == n) {
            List<Operand> out = new ArrayList<>();
            for (Type t : x.tuple()) {
                out.add(Operand.value(e, t));
            }
            return out;
        }
        int count = x.mode() == Mode.TUPLE ? x.tuple().size() : x.mode() == Mode.NOVALUE ? 0 : 1;
        String what = e instanceof CallExpr
                ? ExprPrinter.print(((CallExpr) e).fun()) + " returns " + plural(count, "value")
                : plural(count, "value");
        mismatch(n, e, what);
        return null;
    }

    private void mismatch(int n, Expr at, String values) {
        env.error(at.span(), "assignment mismatch: " + plural(n, "variable") + " but " + values);
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

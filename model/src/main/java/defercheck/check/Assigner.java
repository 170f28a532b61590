package defercheck.check;

import defercheck.ir.BasicKind;
import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.token.TokenKind;
import defercheck.syntax.ast.BinaryExpr;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.IndexExpr;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.TypeAssertExpr;
import defercheck.syntax.ast.UnaryExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignability (Go spec "Assignability") with types2's messages, the implicit conversion of untyped operands
 * (which records their final types and values for the lowering), and the multi-value forms of assignment.
 */
final class Assigner {

    private final Env env;

    Assigner(Env env) {
        this.env = env;
    }

    /**
     * Checks that {@code x} may be assigned to {@code target} (null: a blank or untyped target, where an untyped
     * operand takes its default type); reports and returns false if not.
     */
    boolean assign(Operand x, Type target, String context) {
        if (x.invalid() || target == Type.INVALID) {
            return true;
        }
        if (x.mode() == Mode.TYPE || x.mode() == Mode.BUILTIN || x.mode() == Mode.PACKAGE || x.mode() == Mode.NOVALUE) {
            env.error(x.expr().span(), "cannot assign " + x.describe() + " to " + target + " in " + context);
            return false;
        }
        if (x.untyped()) {
            if (x.mode() == Mode.NIL && target == null) {
                env.error(x.expr().span(), "use of untyped nil in " + context);
                return false;
            }
            Type t = target == null || target.isInterface() && x.mode() != Mode.NIL ? Types.defaultType(x.type()) : target;
            String problem = implicitProblem(x, t);
            if (problem != null) {
                String msg = "cannot use " + x.describe() + " as " + t + " value in " + context;
                env.error(x.expr().span(), msg + (problem.isEmpty() ? "" : " (" + problem + ")"));
                return false;
            }
            x = finalizeUntyped(x, implicitType(x, t));
        }
        if (target == null) {
            return true;
        }
        String cause = Types.assignable(x.type(), target);
        if (cause == null && !target.isInterface() && !Types.identical(x.type(), target)) {
            env.info.implicitConversions.put(x.expr(), target);
        }
        if (cause != null) {
            cause = Implements.worded(cause, env.version);
            env.error(x.expr().span(), "cannot use " + x.describe() + " as " + asTarget(target) + " in " + context
                    + (cause.isEmpty() ? "" : (env.version.atLeast(20) ? ": " : ":\n\t") + cause));
            return false;
        }
        return true;
    }

    /** "as T value" from go1.20; go1.19 said "as type T" for a typed operand (types2 assignment.go). */
    private String asTarget(Type target) {
        return env.version.atLeast(20) ? target + " value" : "type " + target;
    }

    /** The type a new variable takes from {@code x}: its own, or an untyped operand's default. Null after an error. */
    Type defaultType(Operand x, String context) {
        if (x.invalid()) {
            return null;
        }
        if (!assign(x, null, context)) {
            return null;
        }
        return x.untyped() ? Types.defaultType(x.type()) : x.type();
    }

    /** An untyped operand given its default type (a comparison's operands, a print argument); others as they are. */
    Operand finalizeDefault(Operand x) {
        if (x.untyped() && x.mode() != Mode.NIL) {
            return finalizeUntyped(x, Types.defaultType(x.type()));
        }
        return x;
    }

    /**
     * types2 implicitTypeAndValue: the type an untyped operand takes in a context of type {@code t}, or null when
     * it cannot. An interface target gives the default type (a value needs a concrete dynamic type).
     */
    Type implicitType(Operand x, Type t) {
        return implicitProblem(x, t) == null ? (x.mode() != Mode.NIL && t.isInterface() ? Types.defaultType(x.type()) : t)
                : null;
    }

    /** Null when the untyped {@code x} converts implicitly to {@code t}; else "overflows", "truncated" or "". */
    private String implicitProblem(Operand x, Type t) {
        if (t.isUntyped()) {
            return maxType(x.type(), t) != null ? null : "";
        }
        if (x.mode() == Mode.NIL) {
            return t.isNilable() ? null : "";
        }
        Type u = t.underlying();
        if (u instanceof Type.TypeParam) {
            // types2: an untyped operand converts to a type parameter when it converts to every type of its type set
            List<Type.Term> terms = Types.terms(u);
            if (terms == null || terms.isEmpty()) {
                return "";
            }
            for (Type.Term term : terms) {
                String p = implicitProblem(x, term.type());
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        if (u instanceof Type.Basic b) {
            if (x.isConstant()) {
                ConstOps.Fit fit = ConstOps.representable(x.value(), b.kind());
                return fit.fits() ? null : fit.problem().equals("kind") ? "" : fit.problem();
            }
            BasicKind k = x.type().basicKind();
            boolean ok = k == BasicKind.UNTYPED_BOOL ? b.kind().isBoolean() : k.isNumeric() && b.kind().isNumeric();
            return ok ? null : "";
        }
        if (u instanceof Type.Interface i) {
            return i.isEmpty() ? null : "";
        }
        return "";
    }

    /** types2 maxType: the larger of two untyped numeric kinds, or either if they are the same; else null. */
    Type maxType(Type a, Type b) {
        BasicKind ka = a.basicKind();
        BasicKind kb = b.basicKind();
        if (ka == kb) {
            return a;
        }
        if (ka.isNumeric() && kb.isNumeric()) {
            return ka.ordinal() > kb.ordinal() ? a : b;
        }
        return null;
    }

    /**
     * types2 matchTypes: an untyped operand paired with a typed one of a compatible kind takes that type; two
     * untyped numeric constants take the larger kind. Null after an error.
     */
    Operand[] matchTypes(Operand x, Operand y) {
        if (mayConvert(x, y)) {
            x = convertUntyped(x, y.type(), false);
            if (x.invalid()) {
                return null;
            }
            y = convertUntyped(y, x.type(), false);
            if (y.invalid()) {
                return null;
            }
        }
        return new Operand[] {x, y};
    }

    private static boolean allBasic(Type t) {
        return t.underlying() instanceof Type.Basic || Types.typeSet(t, u -> u.underlying() instanceof Type.Basic);
    }

    private static boolean mayConvert(Operand x, Operand y) {
        if (!x.untyped() && !y.untyped()) {
            return false;
        }
        boolean xb = allBasic(x.type());
        boolean yb = allBasic(y.type());
        if (xb != yb || Types.isBoolean(x.type()) != Types.isBoolean(y.type())
                || Types.isString(x.type()) != Types.isString(y.type())) {
            return false;
        }
        if (x.mode() == Mode.NIL) {
            return y.type().isNilable();
        }
        if (y.mode() == Mode.NIL) {
            return x.type().isNilable();
        }
        return !(x.type().underlying() instanceof Type.Pointer) && !(y.type().underlying() instanceof Type.Pointer);
    }

    /**
     * types2 convertUntyped: sets an untyped operand's type to {@code target} (the larger kind if target is
     * untyped too), or reports "cannot convert". {@code shiftCount} marks a non-constant shift count.
     */
    Operand convertUntyped(Operand x, Type target, boolean shiftCount) {
        if (!x.untyped() || target == Type.INVALID) {
            return x;
        }
        String problem = implicitProblem(x, target);
        if (problem != null) {
            Type t = target.underlying() instanceof Type.TypeParam ? target : target.underlying();
            invalidConversion(problem, x, t);
            return Operand.invalid(x.expr());
        }
        Type t = target.isUntyped() ? maxType(x.type(), target) : implicitType(x, target);
        return finalizeUntyped(x, t);
    }

    /** types2 invalidConversion: the message for an untyped operand that does not fit. */
    void invalidConversion(String problem, Operand x, Type t) {
        String msg = problem.equals("truncated") ? x.describe() + " truncated to " + t
                : problem.equals("overflows") ? x.describe() + " overflows " + t
                : "cannot convert " + x.describe() + " to " + (env.version.atLeast(20) ? "type " : "") + t;
        env.error(x.expr().span(), msg);
    }

    /** Gives the untyped {@code x} its final type {@code t}: a constant is rounded to it; recorded for the lowering. */
    Operand finalizeUntyped(Operand x, Type t) {
        if (t == null || t.isUntyped()) {
            return t == null ? x : x.withType(t);
        }
        ConstValue v = x.value();
        if (x.isConstant() && t.underlying() instanceof Type.Basic b) {
            v = ConstOps.representable(v, b.kind()).value();
        }
        updateType(x.expr(), t, v);
        if (x.mode() == Mode.NIL) {
            env.info.constants.put(x.expr(), new defercheck.ir.Constant.NilConst(t));
        }
        return new Operand(x.mode() == Mode.NIL ? Mode.VALUE : x.mode(), t, v, x.tuple(), x.expr(), x.obj());
    }

    /**
     * types2 updateExprType: records the final type of an untyped expression and of the untyped operands it is
     * made of (a non-constant shift's left operand, the operands of untyped arithmetic), and a constant's value.
     */
    void updateType(Expr e, Type t, ConstValue v) {
        env.info.types.put(e, t);
        if (v != null && t.underlying() instanceof Type.Basic) {
            env.info.constants.put(e, ConstOps.toIr(v, t));
        }
        Expr x = e;
        while (x instanceof ParenExpr p) {
            x = p.x();
            env.info.types.put(x, t);
        }
        if (v != null) {
            return;
        }
        if (x instanceof UnaryExpr u && u.op() != TokenKind.AND && u.op() != TokenKind.ARROW) {
            updateOperand(u.x(), t);
        } else if (x instanceof BinaryExpr b && !OperatorChecker.isComparison(b.op())) {
            if (b.op() == TokenKind.SHL || b.op() == TokenKind.SHR) {
                shiftOperand(b, t);
            } else {
                updateOperand(b.x(), t);
                updateOperand(b.y(), t);
            }
            env.info.operandTypes.put(b, t);
        }
    }

    private void updateOperand(Expr e, Type t) {
        Type have = env.info.types.get(e);
        if (have != null && have.isUntyped()) {
            ConstValue v = env.untypedConsts.get(e);
            updateType(e, t, v == null ? null : ConstOps.representable(v, t.basicKind()).value());
        }
    }

    /** The left operand of a non-constant shift takes the context's type, which must be an integer type. */
    private void shiftOperand(BinaryExpr b, Type t) {
        if (!Types.isInteger(t)) {
            env.error(b.x().span(), env.version.atLeast(20)
                    ? "invalid operation: shifted operand " + ExprPrinter.print(b.x()) + " (type " + t + ") must be integer"
                    : "invalid operation: " + ExprPrinter.print(b) + " (shift of type " + t + ")");
            return;
        }
        updateOperand(b.x(), t);
    }

    /** Requires a single value: reports tuples, no-value calls, types, builtins and packages. */
    Operand single(Operand x) {
        Span at = x.expr().span();
        switch (x.mode()) {
            case TUPLE -> env.error(at, "multiple-value " + x.describe() + " in single-value context");
            case NOVALUE -> env.error(at, x.describe() + " used as value");
            case TYPE -> env.error(at, ExprPrinter.print(x.expr()) + " (type) is not an expression");
            case BUILTIN -> env.error(at, ExprPrinter.print(x.expr()) + " (built-in function " + x.obj().name() + ") must be called");
            case PACKAGE -> env.error(at, "use of package " + x.obj().name() + " without selector");
            default -> {
                return x;
            }
        }
        return Operand.invalid(x.expr());
    }

    /**
     * The values for {@code n} left-hand sides: a multi-value call spread, the comma-ok form of a type assertion or
     * map index, or one value per expression. Reports a count mismatch and returns null.
     */
    List<Operand> values(int n, List<Expr> rhs) {
        if (rhs.size() == 1 && n > 1) {
            return spread(n, rhs.get(0));
        }
        if (n == 1 && rhs.size() == 1 && ExprChecker.unparen(rhs.get(0)) instanceof CallExpr c) {
            Operand x = env.exprs.expr(rhs.get(0));
            if (x.mode() == Mode.TUPLE) {
                mismatch(1, rhs.get(0), ExprPrinter.print(c.fun()) + " returns " + plural(x.tuple().size(), "value"));
                return null;
            }
            return List.of(single(x));
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
        Operand x = env.exprs.expr(e);
        if (x.invalid()) {
            return null;
        }
        if (n == 2 && (x.mode() == Mode.COMMAOK || x.mode() == Mode.MAPINDEX)) {
            env.info.commaOk.add(ExprChecker.unparen(e));
            return List.of(x, Operand.value(e, Type.BOOL));
        }
        if (x.mode() == Mode.TUPLE && x.tuple().size() == n) {
            List<Operand> out = new ArrayList<>();
            for (Type t : x.tuple()) {
                out.add(Operand.value(e, t));
            }
            return out;
        }
        int count = x.mode() == Mode.TUPLE ? x.tuple().size() : x.mode() == Mode.NOVALUE ? 0 : 1;
        String what = e instanceof CallExpr c
                ? ExprPrinter.print(c.fun()) + " returns " + plural(count, "value")
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

    static boolean isCommaOkForm(Expr e) {
        Expr x = ExprChecker.unparen(e);
        return x instanceof TypeAssertExpr || x instanceof IndexExpr;
    }
}

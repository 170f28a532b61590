package defercheck.check;

import defercheck.ir.Constant;
import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.CaseClause;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.SwitchStmt;
import defercheck.syntax.ast.TypeAssertExpr;
import defercheck.syntax.ast.TypeSwitchStmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expression and type switches (Go spec "Switch statements"), worded as types2 words them (its stmt.go
 * switchStmt, caseValues, typeSwitchStmt and caseTypes). The lowering reads, for each case value, the type
 * its comparison with the tag is made in ({@link Info#operandType}), and for each case type the type
 * ({@link Info#typeOf}, untyped nil for a {@code nil} case) and the clause's implicit variable.
 */
final class SwitchChecker {

    /** A constant case value already seen, for gc's duplicate-case error. */
    private record Seen(Type type, Span at) { }

    private final Env env;

    SwitchChecker(Env env) {
        this.env = env;
    }

    void switchStmt(SwitchStmt s) {
        env.ctx.open();
        if (s.init() != null) {
            env.stmts.stmt(s.init());
        }
        Operand tag = tag(s);
        multipleDefaults(s.clauses());
        Map<ConstValue, List<Seen>> seen = new LinkedHashMap<>();
        for (CaseClause c : s.clauses()) {
            for (Expr e : values(c)) {
                caseValue(tag, e, seen);
            }
            env.ctx.open();
            env.stmts.stmts(c.body());
            env.ctx.close();
        }
        env.ctx.close();
    }

    /** The switch expression as a typed value, or the constant {@code true} when there is none; null if invalid. */
    private Operand tag(SwitchStmt s) {
        if (s.tag() == null) {
            Span at = s.clauses().isEmpty() ? s.lbrace() : s.clauses().get(0).span();
            Ident truth = new Ident("true", at);
            return new Operand(Mode.CONSTANT, Type.BOOL, new ConstValue.BoolVal(true), List.of(), truth, null);
        }
        Operand x = env.exprs.value(s.tag());
        if (x.invalid() || env.assign.defaultType(x, "switch expression") == null) {
            return null;
        }
        x = env.assign.finalizeDefault(x);
        if (!x.type().isComparable() && !x.type().isNilable()) {
            env.error(s.tag().span(), "cannot switch on " + x.describe() + " (" + x.type() + " is not comparable)");
            return null;
        }
        return x;
    }

    private void multipleDefaults(List<CaseClause> clauses) {
        CaseClause first = null;
        for (CaseClause c : clauses) {
            if (!c.isDefault()) {
                continue;
            }
            if (first == null) {
                first = c;
            } else {
                env.error(c.span(), "multiple defaults (first at " + first.span().position() + ")");
            }
        }
    }

    /** One case value: converted to the tag's type, comparable with it, and not a duplicate constant. */
    private void caseValue(Operand tag, Expr e, Map<ConstValue, List<Seen>> seen) {
        Operand v = env.exprs.value(e);
        if (tag == null || v.invalid()) {
            return;
        }
        v = convertUntyped(v, tag.type());
        if (v == null || !comparable(v, tag)) {
            return;
        }
        if (v.isConstant() && !(v.value() instanceof ConstValue.BoolVal) && env.generics.instantiating == 0) {
            List<Seen> same = seen.computeIfAbsent(v.value(), k -> new ArrayList<>());
            for (Seen old : same) {
                if (Types.identical(old.type(), v.type())) {
                    env.error(e.span(), "duplicate case " + v.describe() + " in expression switch\n\t"
                            + old.at().position() + ": previous case");
                    return;
                }
            }
            same.add(new Seen(v.type(), e.span()));
        }
    }

    /**
     * types2 convertUntyped: an untyped constant takes the tag's type (its default type for an empty interface),
     * nil takes a type that has nil. Returns the typed operand, or null after "cannot convert".
     */
    private Operand convertUntyped(Operand v, Type target) {
        if (v.mode() == Mode.NIL && !target.isNilable()) {
            env.error(v.expr().span(), "cannot convert nil to " + typeWord() + target);
            return null;
        }
        Operand out = env.assign.convertUntyped(v, target, false);
        return out.invalid() ? null : out;
    }

    /** From go1.20 "cannot convert x to type T"; go1.19 said "to T". */
    private String typeWord() {
        return env.version.atLeast(20) ? "type " : "";
    }

    /** types2 comparison for a switch case: reported at the case value, recording the type compared in. */
    private boolean comparable(Operand v, Operand tag) {
        String cause = null;
        boolean nil = v.mode() == Mode.VALUE && env.info.constantOf(v.expr()) instanceof Constant.NilConst;
        if (Types.assignable(v.type(), tag.type()) != null && Types.assignable(tag.type(), v.type()) != null) {
            cause = "mismatched types " + v.type() + " and " + tag.type();
        } else if (!nil && !v.type().isComparable()) {
            cause = ComparisonChecker.incomparableCause(v.type());
        } else if (!nil && !tag.type().isComparable()) {
            cause = ComparisonChecker.incomparableCause(tag.type());
        }
        if (cause != null) {
            env.error(v.expr().span(), "invalid case " + ExprPrinter.print(v.expr()) + " in switch on "
                    + ExprPrinter.print(tag.expr()) + " (" + cause + ")");
            return false;
        }
        env.info.operandTypes.put(v.expr(), v.type().isInterface() ? v.type() : tag.type());
        return true;
    }

    void typeSwitch(TypeSwitchStmt s) {
        env.ctx.open();
        if (s.init() != null) {
            env.stmts.stmt(s.init());
        }
        Ident binding = s.bind();
        if (binding != null && binding.name().equals("_")) {
            env.error(binding.span(), "no new variable on left side of :=");
            binding = null;
        }
        Operand x = env.exprs.value(s.guard().x());
        if (!x.invalid()) {
            Operand guarded = x.untyped() || x.mode() == Mode.NIL || !x.type().isInterface() ? null : x;
            if (guarded == null) {
                env.error(s.guard().x().span(), x.describe() + " is not an interface");
            }
            typeClauses(s, binding, guarded);
        }
        env.ctx.close();
    }

    /** Each clause's case types, then its body in a scope that declares the clause's own binding variable. */
    private void typeClauses(TypeSwitchStmt s, Ident binding, Operand x) {
        multipleDefaults(s.clauses());
        List<Map.Entry<Type, Expr>> seen = new ArrayList<>();
        List<Var> bound = new ArrayList<>();
        for (CaseClause c : s.clauses()) {
            Type single = caseTypes(x, values(c), seen);
            env.ctx.open();
            if (binding != null) {
                Type t = values(c).size() == 1 && single != null && single != Type.UNTYPED_NIL ? single
                        : x == null ? Type.ANY : x.type();
                Var v = new Var(binding.name(), t, binding.span(), Var.Kind.LOCAL, env.ctx.owner, -1);
                env.stmts.declare(v, binding.span());
                env.info.implicits.put(c, v);
                bound.add(v);
            }
            env.stmts.stmts(c.body());
            env.ctx.close();
        }
        if (binding != null && bound.stream().noneMatch(Var::used)) {
            env.error(binding.span(), UnusedMessages.typeSwitchVariable(binding.name(), env.version));
        }
    }

    /** The types of one clause; returns the last one's type (untyped nil for nil), null if it was invalid. */
    private Type caseTypes(Operand x, List<Expr> values, List<Map.Entry<Type, Expr>> seen) {
        Type last = null;
        for (Expr e : values) {
            last = caseType(e);
            if (last == null) {
                continue;
            }
            Expr previous = previousCase(seen, last);
            if (previous != null && env.generics.instantiating > 0) {
                // a duplicate made by the type arguments: the first matching case wins at run time
                env.info.types.put(e, last);
                continue;
            }
            if (previous != null) {
                String name = last == Type.UNTYPED_NIL ? "nil" : last.toString();
                env.error(e.span(), "duplicate case " + name + " in type switch\n\t" + previous.span().position()
                        + ": previous case");
                continue;
            }
            seen.add(Map.entry(last, e));
            env.info.types.put(e, last);
            if (x != null && last != Type.UNTYPED_NIL) {
                impossibleCase(e, x, last);
            }
        }
        return last;
    }

    private static Expr previousCase(List<Map.Entry<Type, Expr>> seen, Type t) {
        for (Map.Entry<Type, Expr> e : seen) {
            if (e.getKey() == t || e.getKey() != Type.UNTYPED_NIL && t != Type.UNTYPED_NIL
                    && Types.identical(e.getKey(), t)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A case of a type switch is a type or nil; anything else is "x is not a type". */
    private Type caseType(Expr e) {
        Operand t = env.exprs.expr(e);
        if (t.invalid()) {
            return null;
        }
        if (t.mode() == Mode.NIL) {
            return Type.UNTYPED_NIL;
        }
        if (t.mode() == Mode.TYPE) {
            return t.type();
        }
        boolean name = unparen(e) instanceof Ident;
        // up to go1.22 types2 described a name that is not a type as an operand: "x (variable of type int)"
        String what = name && !env.version.atLeast(23) ? env.assign.single(t).describe() : ExprPrinter.print(e);
        env.error(e.span(), what + " is not a type");
        return null;
    }

    private static Expr unparen(Expr e) {
        while (e instanceof ParenExpr p) {
            e = p.x();
        }
        return e;
    }

    /** types2 assertableTo: a concrete case type must implement the switch operand's interface. */
    private void impossibleCase(Expr e, Operand x, Type t) {
        if (t.isInterface() || !(x.type().underlying() instanceof Type.Interface xi) || t instanceof Type.TypeParam
                || env.generics.instantiating > 0) {
            return;
        }
        String why = Implements.missing(t, x.type(), xi);
        if (why == null) {
            return;
        }
        String cause = why.substring(why.indexOf(" does not implement " + x.type() + " ") + x.type().toString().length()
                + " does not implement  ".length());
        env.error(e.span(), "impossible type switch case: " + ExprPrinter.print(e) + "\n\t" + x.describe()
                + " cannot have dynamic type " + t + " " + Implements.worded(cause, env.version));
    }

    /** A clause's case values or types; none for default. */
    static List<Expr> values(CaseClause c) {
        return c.isDefault() ? List.of() : c.list();
    }

    /** {@code x.(type)} outside the header of a type switch; gc's type checker calls that an invalid tree. */
    Operand misplacedGuard(TypeAssertExpr g) {
        env.exprs.expr(g.x());
        String invalid = env.version.atLeast(20) ? "invalid syntax tree: " : "invalid AST: ";
        env.error(g.x().span(), invalid + "use of .(type) outside type switch");
        return Operand.invalid(g);
    }
}

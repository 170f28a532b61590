package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.token.TokenKind;
import defercheck.syntax.ast.AssignStmt;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IncDecStmt;
import defercheck.syntax.ast.IntLit;
import defercheck.syntax.ast.VarDecl;
import defercheck.syntax.ast.VarSpec;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Variable declarations, {@code :=}, {@code =}, op-assignments and inc/dec statements. */
final class AssignChecker {

    private final Env env;

    AssignChecker(Env env) {
        this.env = env;
    }

    void localVarDecl(VarDecl d) {
        for (VarSpec spec : d.specs()) {
            List<Var> vars = varSpec(spec, Var.Kind.LOCAL, -1);
            for (int i = 0; i < vars.size(); i++) {
                Ident name = spec.names().get(i);
                if (!name.name().equals("_") && env.stmts.declare(vars.get(i), name.span())) {
                    env.locals.add(vars.get(i));
                }
            }
        }
    }

    /** Checks a var spec and makes its Vars (not yet in scope: a var's scope starts after its spec). */
    List<Var> varSpec(VarSpec spec, Var.Kind kind, int firstGlobal) {
        Type declared = spec.type() == null ? null : env.types.resolve(spec.type());
        List<Typed> types = specTypes(spec, declared);
        List<Var> out = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            Typed t = types.get(i);
            Ident name = spec.names().get(i);
            FuncInfo owner = env.ctx == null ? null : env.ctx.owner;
            Var v = new Var(name.name(), t.type() == null ? Type.INVALID : t.type(), name.span(), kind, owner,
                    kind == Var.Kind.GLOBAL ? firstGlobal + i : -1);
            if (!t.ok() && env.failedInitCountsAsUse()) {
                v.markUsed();
            }
            env.info.defs.put(name, v);
            out.add(v);
        }
        return out;
    }

    /** The type a var spec gives one of its names (null when none can be told) and whether its value checked. */
    record Typed(Type type, boolean ok) { }

    /**
     * Checks a var spec's values against its {@code declared} type (null when it has none) and returns the type
     * of each name: the declared one, or the value's default type.
     */
    List<Typed> specTypes(VarSpec spec, Type declared) {
        int n = spec.names().size();
        List<Operand> values = spec.values().isEmpty() ? null : env.assign.values(n, spec.values());
        boolean failed = !spec.values().isEmpty() && values == null;
        List<Typed> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Type t = declared;
            boolean ok = !failed;
            if (values != null && declared != null) {
                ok = !values.get(i).invalid() && env.assign.assign(values.get(i), declared, "variable declaration");
            } else if (values != null) {
                t = env.assign.defaultType(values.get(i), "variable declaration");
                ok = t != null;
            }
            out.add(new Typed(t, ok));
        }
        return out;
    }

    void assignStmt(AssignStmt s) {
        if (s.op() == TokenKind.DEFINE) {
            shortVarDecl(s);
        } else if (s.op() == TokenKind.ASSIGN) {
            assign(s);
        } else {
            opAssign(s, s.lhs().get(0), s.op().assignOpBase(), s.rhs().get(0), ExprPrinter.print(s.lhs().get(0))
                    + " " + s.op().text() + " " + ExprPrinter.print(s.rhs().get(0)));
        }
    }

    private void shortVarDecl(AssignStmt s) {
        List<Operand> values = env.assign.values(s.lhs().size(), s.rhs());
        List<Var> fresh = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < s.lhs().size(); i++) {
            Expr e = s.lhs().get(i);
            if (!(e instanceof Ident)) {
                env.error(e.span(), "non-name " + ExprPrinter.print(e) + " on left side of :=");
                continue;
            }
            Ident id = (Ident) e;
            Operand value = values == null ? Operand.invalid(e) : values.get(i);
            if (!id.name().equals("_") && !seen.add(id.name())) {
                env.error(id.span(), id.name() + " repeated on left side of :=");
                continue;
            }
            Obj old = env.ctx.scope.lookupLocal(id.name());
            if (id.name().equals("_")) {
                env.assign.defaultType(value, "assignment");
            } else if (old instanceof Var) {
                ((Var) old).markReassigned();
                env.info.uses.put(id, old);
                env.assign.assign(value, ((Var) old).type(), "assignment");
            } else {
                Type t = env.assign.defaultType(value, "assignment");
                Var v = new Var(id.name(), t == null ? Type.INVALID : t, id.span(), Var.Kind.LOCAL, env.ctx.owner, -1);
                if (t == null && env.failedInitCountsAsUse()) {
                    v.markUsed();
                }
                env.info.defs.put(id, v);
                fresh.add(v);
            }
        }
        if (fresh.isEmpty() && s.lhs().stream().allMatch(e -> e instanceof Ident)) {
            env.error(s.opSpan(), "no new variables on left side of :=");
        }
        for (Var v : fresh) {
            if (env.stmts.declare(v, v.declared())) {
                env.locals.add(v);
            }
        }
    }

    private void assign(AssignStmt s) {
        List<Type> targets = new ArrayList<>();
        for (Expr e : s.lhs()) {
            targets.add(target(e));
        }
        List<Operand> values = env.assign.values(s.lhs().size(), s.rhs());
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (targets.get(i) == null) {
                env.assign.defaultType(values.get(i), "assignment to _ identifier");
            } else {
                env.assign.assign(values.get(i), targets.get(i), "assignment");
            }
        }
    }

    /**
     * The type of an assignable left side (Go spec "Assignment statements": addressable, a map index, or the blank
     * identifier), null for the blank identifier or after an error. A name on the left is not a use of it.
     */
    Type target(Expr e) {
        if (e instanceof Ident id && id.name().equals("_")) {
            return null;
        }
        Operand x = e instanceof Ident id ? env.exprs.ident(id, false) : env.exprs.expr(e);
        if (x.invalid()) {
            return null;
        }
        if (x.obj() instanceof Var v) {
            v.markReassigned();
        }
        if (x.mode() == Mode.VARIABLE || x.mode() == Mode.MAPINDEX) {
            if (!(ExprChecker.unparen(e) instanceof Ident)) {
                // a field or array element is stored through the address of its variable; a variable itself is not
                env.exprs.markAddressed(e);
            }
            return x.type();
        }
        if (ExprChecker.unparen(e) instanceof defercheck.syntax.ast.SelectorExpr sel
                && env.info.selections.get(sel) != null && ExprChecker.unparen(sel.x()) instanceof defercheck.syntax.ast.IndexExpr ix
                && env.info.types.get(ix.x()) != null && env.info.types.get(ix.x()).underlying() instanceof Type.Map) {
            env.error(e.span(), "cannot assign to struct field " + ExprPrinter.print(e) + " in map");
            return null;
        }
        env.error(e.span(), "cannot assign to " + (env.version.atLeast(20)
                ? ExprPrinter.print(e) + " (neither addressable nor a map index expression)" : x.describe()));
        return null;
    }

    void incDec(IncDecStmt s) {
        IntLit one = new IntLit(BigInteger.ONE, "1", s.x().span());
        opAssign(s, s.x(), s.increment() ? TokenKind.ADD : TokenKind.SUB, one,
                ExprPrinter.print(s.x()) + (s.increment() ? "++" : "--"));
    }

    /** {@code x op= y}: x is read, so it counts as used; the operand type is recorded under {@code key}. */
    private void opAssign(Object key, Expr lhs, TokenKind op, Expr rhs, String text) {
        Type t = target(lhs);
        Operand x = env.exprs.value(lhs);
        Operand y = env.exprs.value(rhs);
        if (t == null || x.invalid()) {
            return;
        }
        Operand r = env.ops.binaryOp(op, x, y, lhs, text, key);
        if (!r.invalid()) {
            env.assign.assign(r, t, "assignment");
        }
    }
}

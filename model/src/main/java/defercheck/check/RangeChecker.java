package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.token.TokenKind;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.RangeStmt;
import java.util.ArrayList;
import java.util.List;

/**
 * For statements with a range clause (Go spec "For statements with range clause"): strings (runes), arrays,
 * pointers to arrays, slices, maps and, from Go 1.22, integers. Channels and functions are outside the model.
 */
final class RangeChecker {

    private final Env env;

    RangeChecker(Env env) {
        this.env = env;
    }

    void range(RangeStmt s) {
        env.ctx.open();
        Operand x = env.exprs.value(s.x());
        Type[] kv = x.invalid() ? null : iterationTypes(s, x);
        if (kv != null && s.extra() != null) {
            env.error(s.extra().span(), "range clause permits at most two iteration variables");
        }
        if (kv != null) {
            env.info.rangeTypes.put(s, kv);
            if (s.tok() == TokenKind.DEFINE) {
                declare(s, kv);
            } else if (s.tok() == TokenKind.ASSIGN) {
                assign(s.key(), kv[0]);
                assign(s.value(), kv[1]);
            }
        }
        env.stmts.stmt(s.body());
        env.ctx.close();
    }

    /** The key and value types of ranging over x; null after an error. */
    private Type[] iterationTypes(RangeStmt s, Operand x) {
        Type u = x.mode() == Mode.NIL ? null : Types.core(x.type());
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            u = a;
        }
        if (u instanceof Type.Basic b && b.kind().isString()) {
            env.assign.finalizeDefault(x);
            return new Type[] {Type.INT, Type.RUNE};
        } else if (u instanceof Type.Basic b && b.kind().isInteger() && env.version.atLeast(22)) {
            if (s.value() != null) {
                env.error(s.value().span(), "range over " + x.describe() + " permits only one iteration variable");
                return null;
            }
            Operand t = x.untyped() ? env.assign.finalizeDefault(x) : x;
            return new Type[] {t.type(), null};
        } else if (u instanceof Type.Array a) {
            return new Type[] {Type.INT, a.elem()};
        } else if (u instanceof Type.Slice sl) {
            return new Type[] {Type.INT, sl.elem()};
        } else if (u instanceof Type.Map m) {
            return new Type[] {m.key(), m.value()};
        } else if (u instanceof Type.Chan) {
            env.unsupported(s.x().span(), "channels");
            return null;
        } else if (u instanceof Type.Func && env.version.atLeast(23)) {
            env.unsupported(s.x().span(), "range over functions");
            return null;
        }
        env.error(s.x().span(), "cannot range over " + x.describe());
        return null;
    }

    private void declare(RangeStmt s, Type[] kv) {
        List<Var> fresh = new ArrayList<>();
        Expr[] lhs = {s.key(), s.value()};
        for (int i = 0; i < 2; i++) {
            Expr e = lhs[i];
            if (e == null) {
                continue;
            }
            if (!(e instanceof Ident id)) {
                env.error(e.span(), "non-name " + ExprPrinter.print(e) + " on left side of :=");
                continue;
            }
            if (id.name().equals("_")) {
                continue;
            }
            Var v = new Var(id.name(), kv[i], id.span(), Var.Kind.LOCAL, env.ctx.info, -1);
            env.info.defs.put(id, v);
            fresh.add(v);
        }
        for (Var v : fresh) {
            if (env.stmts.declare(v, v.declared())) {
                env.locals.add(v);
            }
        }
    }

    private void assign(Expr lhs, Type t) {
        if (lhs == null || t == null) {
            return;
        }
        Type target = env.assigns.target(lhs);
        if (target != null) {
            Operand x = Operand.value(lhs, t);
            env.assign.assign(x, target, "range");
        }
    }
}

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
 * pointers to arrays, slices, maps, channels and, from Go 1.22, integers. Functions are outside the model.
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
        FuncInfo outer = env.ctx.owner;
        if (kv != null && Types.core(x.type()) instanceof Type.Func iterator) {
            env.ctx.owner = rangeBody(s, iterator);
        }
        if (kv == null && s.tok() == TokenKind.DEFINE) {
            // types2 still declares the iteration variables, with an invalid type, so the body sees them
            declare(s, new Type[] {Type.INVALID, Type.INVALID});
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
        env.ctx.owner = outer;
        env.ctx.close();
    }

    /**
     * The closure gc makes of a range-over-func loop's body (cmd/compile/internal/rangefunc): it takes the yield
     * function's parameters and returns its bool. Variables of the enclosing function that the body uses are
     * captured by it, so they live in boxes.
     */
    private FuncInfo rangeBody(RangeStmt s, Type.Func iterator) {
        Type.Func yield = (Type.Func) Types.core(iterator.params().get(0));
        FuncInfo body = new FuncInfo(new Type.Func(yield.params(), List.of(Type.BOOL), false, List.of()), s.span(),
                s.body(), env.ctx.owner);
        for (int i = 0; i < yield.params().size(); i++) {
            body.params().add(new Var("~p" + i, yield.params().get(i), s.span(), Var.Kind.PARAM, body, -1));
        }
        body.results().add(new Var("~r0", Type.BOOL, s.span(), Var.Kind.RESULT, body, -1));
        env.info.rangeBodies.put(s, body);
        return body;
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
        } else if (u instanceof Type.Chan c) {
            if (s.value() != null) {
                env.error(s.value().span(), "range over " + x.describe() + " permits only one iteration variable");
            }
            if (c.dir() == Type.ChanDir.SEND) {
                String cause = "receive from send-only channel";
                env.error(s.x().span(), "cannot range over " + x.describe()
                        + (env.version.atLeast(22) ? ": " + cause : " (" + cause + ")"));
                return null;
            }
            return new Type[] {c.elem(), null};
        } else if (u instanceof Type.Func f && env.version.atLeast(23)) {
            return funcIterationTypes(s, x, f);
        }
        env.error(s.x().span(), "cannot range over " + x.describe());
        return null;
    }

    /** types2's rangeKeyVal for a func: {@code func(yield func(K, V) bool)} with zero to two yield parameters. */
    private Type[] funcIterationTypes(RangeStmt s, Operand x, Type.Func f) {
        String cause = null;
        Type.Func yield = f.params().size() == 1 && Types.core(f.params().get(0)) instanceof Type.Func y ? y : null;
        if (f.params().size() != 1) {
            cause = "wrong argument count";
        } else if (yield == null) {
            cause = "argument is not func";
        } else if (!f.results().isEmpty()) {
            cause = "unexpected results";
        } else if (yield.params().size() > 2) {
            cause = "yield func has too many parameters";
        } else if (yield.results().size() != 1 || !(Types.core(yield.results().get(0)) instanceof Type.Basic b)
                || b.kind() != defercheck.ir.BasicKind.BOOL && b.kind() != defercheck.ir.BasicKind.UNTYPED_BOOL) {
            cause = "yield func does not return bool";
        }
        if (cause != null) {
            env.error(s.x().span(), "cannot range over " + x.describe() + ": func must be func(yield func(...) bool): "
                    + cause);
            return null;
        }
        if (f.variadic() || yield.variadic()) {
            env.unsupported(s.x().span(), "range over a variadic func");
            return null;
        }
        Type key = yield.params().isEmpty() ? null : yield.params().get(0);
        Type value = yield.params().size() < 2 ? null : yield.params().get(1);
        if (key == null && s.key() != null) {
            env.error(s.key().span(), "range over " + x.describe() + " permits no iteration variables");
            return null;
        }
        if (value == null && s.value() != null) {
            env.error(s.value().span(), "range over " + x.describe() + " permits only one iteration variable");
            return null;
        }
        return new Type[] {key, value};
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
            Var v = new Var(id.name(), kv[i], id.span(), Var.Kind.LOCAL, env.ctx.owner, -1);
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

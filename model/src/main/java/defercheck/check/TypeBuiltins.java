package defercheck.check;

import defercheck.ir.Builtin;
import defercheck.ir.Type;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.UnaryExpr;
import java.util.List;

/** The builtins about containers and types: new, make, len, cap, append, copy, delete, clear (types2 builtins.go). */
final class TypeBuiltins {

    private final Env env;

    TypeBuiltins(Env env) {
        this.env = env;
    }

    /** new(T) and make(T, ...): the first argument is a type. */
    Operand call(CallExpr c, String name) {
        if (c.args().isEmpty()) {
            env.builtins.reportCount(c, 0, 1);
            return Operand.invalid(c);
        }
        Type t = env.types.typeOf(c.args().get(0));
        if (t == null) {
            c.args().subList(1, c.args().size()).forEach(env.exprs::value);
            return Operand.invalid(c);
        }
        if (name.equals("new")) {
            if (c.args().size() > 1) {
                env.builtins.reportCount(c, c.args().size(), 1);
                return Operand.invalid(c);
            }
            env.info.calls.put(c, new CallResolution.New(t));
            return Operand.value(c, new Type.Pointer(t));
        }
        return make(c, t);
    }

    private Operand make(CallExpr c, Type t) {
        Type u = Types.core(t);
        int min;
        int max;
        if (u instanceof Type.Slice) {
            min = 2;
            max = 3;
        } else if (u instanceof Type.Map) {
            min = 1;
            max = 2;
        } else if (u instanceof Type.Chan) {
            env.unsupported(c.fun().span(), "channels");
            return Operand.invalid(c);
        } else {
            env.error(c.args().get(0).span(), "invalid argument: cannot make " + ExprPrinter.print(c.args().get(0))
                    + "; type must be slice, map, or channel");
            return Operand.invalid(c);
        }
        int n = c.args().size();
        if (n < min || n > max) {
            env.error(c.span(), "invalid operation: " + ExprPrinter.print(c) + " expects " + min + " or " + max
                    + " arguments; found " + n);
            return Operand.invalid(c);
        }
        Long[] sizes = new Long[n - 1];
        for (int i = 1; i < n; i++) {
            Operand a = env.indexes.indexValue(c.args().get(i), -1, true);
            if (a == null) {
                return Operand.invalid(c);
            }
            sizes[i - 1] = a.isConstant() ? a.value().toInt().longValue() : null;
        }
        if (sizes.length == 2 && sizes[0] != null && sizes[1] != null && sizes[0] > sizes[1]) {
            env.error(c.args().get(1).span(), "invalid argument: length and capacity swapped");
            return Operand.invalid(c);
        }
        env.info.calls.put(c, new CallResolution.Make(t, n - 1));
        return Operand.value(c, t);
    }

    Operand lenCap(CallExpr c, Builtin b) {
        List<Operand> args = env.calls.args(c);
        if (args == null || !env.builtins.count(c, args, 1)) {
            return Operand.invalid(c);
        }
        Operand x = args.get(0);
        Type u = x.type() == null ? null : Types.core(x.type());
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array) {
            u = p.elem().underlying();
        }
        boolean ok = b == Builtin.LEN ? u instanceof Type.Basic k && k.kind().isString() || u instanceof Type.Array
                || u instanceof Type.Slice || u instanceof Type.Map || u instanceof Type.Chan
                : u instanceof Type.Array || u instanceof Type.Slice || u instanceof Type.Chan;
        if (!ok || x.mode() == Mode.NIL) {
            env.error(x.expr().span(), "invalid argument: " + x.describe() + " for "
                    + (env.version.atLeast(23) ? "built-in " : "") + b.goName());
            return Operand.invalid(c);
        }
        if (x.isConstant() && b == Builtin.LEN) {
            String s = ((ConstValue.StringVal) x.value()).value();
            return Operand.constant(c, Type.INT, ConstValue.IntVal.of(s.length()));
        }
        if (u instanceof Type.Array a && !hasCallOrReceive(c.args().get(0))) {
            return Operand.constant(c, Type.INT, ConstValue.IntVal.of(a.length()));
        }
        if (x.untyped()) {
            env.assign.finalizeDefault(x);
        }
        env.info.calls.put(c, new CallResolution.BuiltinCall(b, 1));
        return Operand.value(c, Type.INT);
    }

    /** len(a) of an array is a constant unless evaluating a calls a function or receives (Go spec "Length and capacity"). */
    private static boolean hasCallOrReceive(Expr e) {
        return ExprWalk.any(e, x -> x instanceof CallExpr || x instanceof UnaryExpr u
                && u.op() == defercheck.syntax.token.TokenKind.ARROW);
    }

    Operand append(CallExpr c) {
        List<Operand> args = env.calls.args(c);
        if (args == null) {
            return Operand.invalid(c);
        }
        if (args.isEmpty()) {
            env.builtins.reportCount(c, 0, 1);
            return Operand.invalid(c);
        }
        Operand s = args.get(0);
        if (s.mode() == Mode.NIL) {
            env.error(s.expr().span(), "first argument to append must be a slice; have untyped nil");
            return Operand.invalid(c);
        }
        if (!(Types.core(s.type()) instanceof Type.Slice slice)) {
            env.error(s.expr().span(), "first argument to append must be a slice; have " + s.describe());
            return Operand.invalid(c);
        }
        if (c.hasEllipsis()) {
            if (args.size() != 2) {
                env.builtins.reportCount(c, args.size(), 2);
                return Operand.invalid(c);
            }
            Operand t = args.get(1);
            boolean bytesFromString = slice.elem().basicKind() == defercheck.ir.BasicKind.UINT8
                    && t.type() != null && Types.isString(t.type());
            if (bytesFromString) {
                env.assign.finalizeDefault(t);
            } else if (!env.assign.assign(t, s.type(), "append")) {
                return Operand.invalid(c);
            }
        } else {
            for (Operand a : args.subList(1, args.size())) {
                env.assign.assign(a, slice.elem(), "argument to append");
            }
        }
        env.info.calls.put(c, new CallResolution.Append(s.type(), c.hasEllipsis()));
        return Operand.value(c, s.type());
    }

    Operand copy(CallExpr c) {
        List<Operand> args = env.calls.args(c);
        if (args == null || !env.builtins.count(c, args, 2)) {
            return Operand.invalid(c);
        }
        Operand dst = args.get(0);
        Operand src = args.get(1);
        Type du = dst.type() == null ? null : dst.type().underlying();
        Type su = src.type() == null ? null : src.type().underlying();
        Type srcElem = su instanceof Type.Slice ss ? ss.elem() : src.type() != null && Types.isString(src.type()) ? Type.BYTE : null;
        if (!(du instanceof Type.Slice ds) || srcElem == null) {
            env.error(dst.expr().span(), "invalid argument: copy expects slice arguments; found " + dst.describe()
                    + " and " + src.describe());
            return Operand.invalid(c);
        }
        if (!Types.identical(ds.elem(), srcElem)) {
            env.error(dst.expr().span(), "invalid argument: arguments to copy " + dst.describe() + " and "
                    + src.describe() + " have different element types " + ds.elem() + " and " + srcElem);
            return Operand.invalid(c);
        }
        env.assign.finalizeDefault(src);
        env.info.calls.put(c, new CallResolution.BuiltinCall(Builtin.COPY, 1));
        return Operand.value(c, Type.INT);
    }

    Operand delete(CallExpr c) {
        List<Operand> args = env.calls.args(c);
        if (args == null || !env.builtins.count(c, args, 2)) {
            return Operand.invalid(c);
        }
        Operand m = args.get(0);
        if (m.type() == null || !(Types.core(m.type()) instanceof Type.Map mt)) {
            env.error(m.expr().span(), "invalid argument: " + m.describe() + " is not a map");
            return Operand.invalid(c);
        }
        if (!env.assign.assign(args.get(1), mt.key(), "argument to delete")) {
            return Operand.invalid(c);
        }
        env.info.calls.put(c, new CallResolution.BuiltinCall(Builtin.DELETE, 0));
        return Operand.noValue(c);
    }

    Operand clear(CallExpr c) {
        List<Operand> args = env.calls.args(c);
        if (!env.version.atLeast(21)) {
            env.error(c.fun().span(), "clear requires go1.21 or later (-lang was set to go" + env.version
                    + "; check go.mod)");
            return Operand.invalid(c);
        }
        if (args == null || !env.builtins.count(c, args, 1)) {
            return Operand.invalid(c);
        }
        Operand x = args.get(0);
        Type u = x.type() == null ? null : Types.core(x.type());
        if (!(u instanceof Type.Map || u instanceof Type.Slice)) {
            env.error(x.expr().span(), "invalid argument: " + x.describe()
                    + " cannot be cleared: argument must be (or constrained by) map or slice");
            return Operand.invalid(c);
        }
        env.info.calls.put(c, new CallResolution.BuiltinCall(Builtin.CLEAR, 0));
        return Operand.noValue(c);
    }
}

package defercheck.lower;

import defercheck.check.CallResolution;
import defercheck.ir.Builtin;
import defercheck.ir.Constant;
import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/** Lowers calls, conversions and builtins; a call leaves all of its results on the stack. */
final class CallLowerer {

    private final FunctionLowerer f;

    CallLowerer(FunctionLowerer f) {
        this.f = f;
    }

    void call(CallExpr c) {
        CallResolution k = f.ctx.info.callKind(c);
        if (k instanceof CallResolution.FuncCall fc) {
            if (!f.methods.callee(c)) {
                f.expr(c.fun());
            }
            int argc = args(c, fc.signature()) + f.methods.receiverArgs(c);
            f.emit(new Instr.Call(argc, fc.signature().results().size(), c.span()));
        } else if (k instanceof CallResolution.BuiltinCall b) {
            f.emit(new Instr.CallBuiltin(b.builtin(), builtinArgs(b.builtin(), c), b.results(), c.span()));
        } else if (k instanceof CallResolution.SpreadBuiltinCall sb) {
            plainArgs(c);
            f.emit(new Instr.CallBuiltinSpread(sb.builtin(), sb.fixed(), sb.results(), c.span()));
        } else if (k instanceof CallResolution.Conversion conv) {
            f.expr(c.args().get(0));
            Type from = f.exprs.typeOf(c.args().get(0));
            Type to = conv.target().underlying();
            if (from != null && from.underlying() instanceof Type.Slice && (to instanceof Type.Array
                    || to instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array)) {
                f.emit(new Instr.SliceToArray(conv.target(), c.span()));
            } else if (from == null || !from.equals(conv.target())) {
                f.emit(new Instr.Convert(conv.target(), c.span()));
            }
        } else if (k instanceof CallResolution.New n) {
            f.emit(new Instr.New(n.elem(), c.span()));
        } else if (k instanceof CallResolution.Make m) {
            c.args().subList(1, c.args().size()).forEach(f::expr);
            f.emit(m.type().underlying() instanceof Type.Map ? new Instr.MakeMap(m.type(), m.sizes() > 0, c.span())
                    : new Instr.MakeSlice(m.type(), m.sizes() > 1, c.span()));
        } else if (k instanceof CallResolution.Append a) {
            c.args().forEach(f::expr);
            f.emit(new Instr.Append(c.args().size(), a.spread(), a.slice(), c.span()));
        } else {
            throw new AssertionError(k);
        }
    }

    /**
     * Pushes a builtin's arguments; print and println operands that the runtime prints by address become the
     * address text.
     */
    int builtinArgs(Builtin b, CallExpr c) {
        if (b != Builtin.PRINT && b != Builtin.PRINTLN) {
            return plainArgs(c);
        }
        for (Expr a : c.args()) {
            f.expr(a);
            Type t = f.exprs.typeOf(a);
            if (t != null && !(t.underlying() instanceof Type.Basic)) {
                f.emit(new Instr.PrintAddress(t, a.span()));
            }
        }
        // println(g()) prints each result of a multi-value call (the checker refused results shown by address)
        if (c.args().size() == 1 && c.args().get(0) instanceof CallExpr inner) {
            return resultCount(inner);
        }
        return c.args().size();
    }

    /** Pushes the arguments as they are and returns how many values that is (a multi-value call spreads). */
    int plainArgs(CallExpr c) {
        for (Expr a : c.args()) {
            f.expr(a);
        }
        if (c.args().size() == 1 && c.args().get(0) instanceof CallExpr inner) {
            return resultCount(inner);
        }
        return c.args().size();
    }

    /**
     * Pushes the arguments of a call of signature {@code sig}: the variadic ones packed into a slice (nil when there
     * are none), unless the call spreads a slice with {@code ...}. Returns the number of values pushed.
     */
    int args(CallExpr c, Type.Func sig) {
        if (!sig.variadic() || c.hasEllipsis()) {
            return plainArgs(c);
        }
        int fixed = sig.params().size() - 1;
        Type.Slice slice = (Type.Slice) sig.params().get(fixed);
        boolean spread = c.args().size() == 1 && c.args().get(0) instanceof CallExpr inner && resultCount(inner) > 1;
        if (spread) {
            int n = plainArgs(c);
            packFromStack(n, fixed, slice, c.span());
            return fixed + 1;
        }
        for (int i = 0; i < fixed; i++) {
            f.expr(c.args().get(i));
        }
        pack(c.args().subList(fixed, c.args().size()), slice, c.span());
        return fixed + 1;
    }

    private void pack(List<Expr> extra, Type.Slice slice, Span at) {
        if (extra.isEmpty()) {
            f.emit(new Instr.PushConst(new Constant.NilConst(slice), at));
            return;
        }
        f.emit(new Instr.PushConst(new Constant.Zero(new Type.Array(extra.size(), slice.elem())), at));
        for (int i = 0; i < extra.size(); i++) {
            f.expr(extra.get(i));
            f.emit(new Instr.CompositeSet(i, at));
        }
        f.emit(new Instr.SliceOfArray(slice, at));
    }

    /** A spread call's n results are on the stack: the first {@code fixed} stay, the rest become the slice. */
    private void packFromStack(int n, int fixed, Type.Slice slice, Span at) {
        int extra = n - fixed;
        List<Integer> temps = new ArrayList<>();
        for (int i = 0; i < extra; i++) {
            int t = f.temp(slice.elem());
            temps.add(0, t);
            f.emit(new Instr.StoreLocal(t, at));
        }
        if (extra == 0) {
            f.emit(new Instr.PushConst(new Constant.NilConst(slice), at));
            return;
        }
        f.emit(new Instr.PushConst(new Constant.Zero(new Type.Array(extra, slice.elem())), at));
        for (int i = 0; i < extra; i++) {
            f.emit(new Instr.LoadLocal(temps.get(i), at));
            f.emit(new Instr.CompositeSet(i, at));
        }
        f.emit(new Instr.SliceOfArray(slice, at));
    }

    int resultCount(CallExpr c) {
        CallResolution k = f.ctx.info.callKind(c);
        if (k instanceof CallResolution.FuncCall fc) {
            return fc.signature().results().size();
        } else if (k instanceof CallResolution.BuiltinCall b) {
            return b.results();
        } else if (k instanceof CallResolution.SpreadBuiltinCall b) {
            return b.results();
        } else if (k instanceof CallResolution.Append || k instanceof CallResolution.New
                || k instanceof CallResolution.Make || k instanceof CallResolution.Conversion) {
            return 1;
        }
        return 1;
    }
}

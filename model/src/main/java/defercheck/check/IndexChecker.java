package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.IndexExpr;
import defercheck.syntax.ast.SliceExpr;
import java.math.BigInteger;

/** Index and slice expressions (Go spec "Index expressions", "Slice expressions"), types2's checks and messages. */
final class IndexChecker {

    private final Env env;

    IndexChecker(Env env) {
        this.env = env;
    }

    Operand index(IndexExpr e) {
        Instantiation.Callee k = env.instantiation.callee(e);
        if (k != null) {
            return env.instantiation.value(e, k);
        }
        if (ExprChecker.unparen(e.x()) instanceof defercheck.syntax.ast.Ident id
                && env.scope().lookup(id.name()) instanceof GenericType g) {
            env.info.uses.put(id, g);
            java.util.List<Type> args = new java.util.ArrayList<>();
            for (Expr a : e.indices()) {
                args.add(env.types.typeOf(a));
            }
            Type t = env.types.instance(g, args, e.indices().stream().map(Expr::span).toList(), e.span());
            return t == null ? Operand.invalid(e) : Operand.typeExpr(e, t);
        }
        Operand x = env.exprs.expr(e.x());
        if (x.invalid()) {
            e.indices().forEach(env.exprs::expr);
            return Operand.invalid(e);
        }
        if (x.mode() == Mode.TYPE || x.type() instanceof Type.Func f && isGeneric(x)) {
            env.unsupported(e.span(), "generic types");
            return Operand.invalid(e);
        }
        x = env.assign.single(x);
        if (x.invalid()) {
            return Operand.invalid(e);
        }
        if (e.indices().size() != 1) {
            env.error(e.indices().get(1).span(), "invalid operation: more than one index");
            return Operand.invalid(e);
        }
        Expr i = e.indices().get(0);
        Type u = x.mode() == Mode.NIL ? null : Types.core(x.type());
        if (u instanceof Type.Basic b && b.kind().isString()) {
            return stringIndex(e, x, i);
        }
        if (u instanceof Type.Map m) {
            env.assign.assign(env.exprs.value(i), m.key(), "map index");
            return Operand.of(Mode.MAPINDEX, e, m.value());
        }
        long length = -1;
        Mode mode;
        Type elem;
        if (u instanceof Type.Array a) {
            length = a.length();
            mode = x.mode() == Mode.VARIABLE ? Mode.VARIABLE : Mode.VALUE;
            elem = a.elem();
        } else if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            length = a.length();
            mode = Mode.VARIABLE;
            elem = a.elem();
        } else if (u instanceof Type.Slice s) {
            mode = Mode.VARIABLE;
            elem = s.elem();
        } else {
            env.error(e.x().span(), "invalid operation: cannot index " + x.describe());
            env.exprs.expr(i);
            return Operand.invalid(e);
        }
        if (indexValue(i, length, false) == null) {
            return Operand.invalid(e);
        }
        return Operand.of(mode, e, elem);
    }

    private static boolean isGeneric(Operand x) {
        return false;
    }

    private Operand stringIndex(IndexExpr e, Operand x, Expr i) {
        long length = x.isConstant() ? ((ConstValue.StringVal) x.value()).value().length() : -1;
        Operand idx = indexValue(i, length, false);
        if (idx == null) {
            return Operand.invalid(e);
        }
        if (x.untyped()) {
            x = env.assign.finalizeDefault(x);
        }
        if (x.isConstant() && idx.isConstant()) {
            String s = ((ConstValue.StringVal) x.value()).value();
            int at = idx.value().toInt().intValue();
            return Operand.constant(e, Type.BYTE, ConstValue.IntVal.of(s.charAt(at) & 0xFF));
        }
        return Operand.value(e, Type.BYTE);
    }

    /**
     * An index or size operand (types2 index): an integer, or an untyped constant representable as int; a constant
     * one must not be negative and, with {@code length} known (not -1), must be below it. Null after an error.
     */
    Operand indexValue(Expr e, long length, boolean isSize) {
        Operand x = env.exprs.value(e);
        if (x.invalid()) {
            return null;
        }
        if (x.untyped()) {
            x = env.assign.convertUntyped(x, Type.INT, false);
            if (x.invalid()) {
                return null;
            }
        }
        if (x.mode() == Mode.NIL || !Types.isInteger(x.type())) {
            env.error(e.span(), "invalid argument: " + (isSize ? "index " : "index ") + x.describe() + " must be integer");
            return null;
        }
        if (x.isConstant()) {
            BigInteger v = x.value().toInt();
            if (v.signum() < 0) {
                env.error(e.span(), "invalid argument: index " + x.describe() + " must not be negative");
                return null;
            }
            if (length >= 0 && v.compareTo(BigInteger.valueOf(length)) >= 0) {
                env.error(e.span(), "invalid argument: index " + v + " out of bounds [0:" + length + "]");
                return null;
            }
        }
        return x;
    }

    Operand slice(SliceExpr e) {
        Operand x = env.assign.single(env.exprs.expr(e.x()));
        if (x.invalid()) {
            bounds(e, -1);
            return Operand.invalid(e);
        }
        Type u = x.mode() == Mode.NIL ? null : Types.core(x.type());
        Type result;
        long length = -1;
        if (u instanceof Type.Basic b && b.kind().isString()) {
            if (e.full()) {
                env.error(e.max() != null ? e.max().span() : e.span(), "invalid operation: 3-index slice of string");
                return Operand.invalid(e);
            }
            if (x.isConstant()) {
                length = ((ConstValue.StringVal) x.value()).value().length();
            }
            result = x.untyped() ? Type.STRING : x.type();
            if (x.untyped()) {
                env.assign.finalizeDefault(x);
            }
        } else if (u instanceof Type.Array a) {
            if (x.mode() != Mode.VARIABLE) {
                env.error(e.span(), "invalid operation: " + ExprPrinter.print(e.x()) + " (slice of unaddressable value)");
                bounds(e, -1);
                return Operand.invalid(e);
            }
            env.exprs.markAddressed(e.x());
            length = a.length();
            result = new Type.Slice(a.elem());
        } else if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            length = a.length();
            result = new Type.Slice(a.elem());
        } else if (u instanceof Type.Slice) {
            result = x.type();
        } else {
            env.error(e.x().span(), "cannot slice " + x.describe());
            bounds(e, -1);
            return Operand.invalid(e);
        }
        if (!bounds(e, length)) {
            return Operand.invalid(e);
        }
        return Operand.value(e, result);
    }

    /** Checks lo, hi and max; constant ones must be ordered and within the capacity (length + 1 for slicing). */
    private boolean bounds(SliceExpr e, long length) {
        long cap = length >= 0 ? length + 1 : -1;
        Long previous = null;
        for (Expr b : new Expr[] {e.lo(), e.hi(), e.max()}) {
            if (b == null) {
                continue;
            }
            Operand v = indexValue(b, cap, true);
            if (v == null) {
                return false;
            }
            if (v.isConstant()) {
                long now = v.value().toInt().longValue();
                if (previous != null && now < previous) {
                    env.error(b.span(), "invalid slice indices: " + now + " < " + previous);
                    return false;
                }
                previous = now;
            }
        }
        return true;
    }
}

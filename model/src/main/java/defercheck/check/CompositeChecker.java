package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.ArrayType;
import defercheck.syntax.ast.CompositeLit;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.KeyValueExpr;
import defercheck.syntax.ast.TypeOperand;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Composite literals (Go spec "Composite literals"): structs (keyed or positional), arrays (also {@code [...]T}),
 * slices and maps, with elided element types. Records, per element, the field or element index for the lowering.
 */
final class CompositeChecker {

    private final Env env;

    CompositeChecker(Env env) {
        this.env = env;
    }

    /** {@code hint} is the element type of an enclosing literal, for a literal whose type is elided. */
    Operand literal(CompositeLit e, Type hint) {
        Type t;
        boolean openArray = false;
        if (e.type() == null) {
            if (hint == null) {
                env.error(e.span(), "invalid composite literal type: missing type");
                return Operand.invalid(e);
            }
            t = hint.underlying() instanceof Type.Pointer p ? p.elem() : hint;
        } else if (e.type() instanceof TypeOperand op && op.type() instanceof ArrayType a && a.length() == null) {
            t = env.types.resolve(a.elem());
            openArray = true;
        } else {
            t = env.types.typeOf(e.type());
        }
        if (t == null || t == Type.INVALID) {
            e.elts().forEach(this::skim);
            return Operand.invalid(e);
        }
        Type result;
        if (openArray) {
            result = array(e, new Type.Array(-1, t));
        } else {
            Type u = t.underlying();
            if (u instanceof Type.Struct s) {
                result = struct(e, t, s) ? t : null;
            } else if (u instanceof Type.Array a) {
                result = array(e, t) == null ? null : t;
            } else if (u instanceof Type.Slice) {
                result = array(e, t) == null ? null : t;
            } else if (u instanceof Type.Map m) {
                result = map(e, m) ? t : null;
            } else {
                env.error(e.type() == null ? e.span() : e.type().span(), "invalid composite literal type " + t);
                e.elts().forEach(this::skim);
                return Operand.invalid(e);
            }
        }
        if (result == null) {
            return Operand.invalid(e);
        }
        if (e.type() == null && hint.underlying() instanceof Type.Pointer) {
            env.info.types.put(e, hint);
            env.info.elidedAddress.add(e);
            return Operand.value(e, hint);
        }
        env.info.types.put(e, result);
        return Operand.value(e, result);
    }

    /** Checks an element without a known type, so that its names count as used. */
    private void skim(Expr e) {
        if (e instanceof KeyValueExpr kv) {
            skim(kv.value());
        } else if (!(e instanceof CompositeLit c && c.type() == null)) {
            env.exprs.expr(e);
        }
    }

    private boolean struct(CompositeLit e, Type t, Type.Struct s) {
        List<Expr> elts = e.elts();
        int[] indices = new int[elts.size()];
        env.info.elementIndices.put(e, indices);
        if (elts.isEmpty()) {
            return true;
        }
        boolean keyed = elts.get(0) instanceof KeyValueExpr;
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < elts.size(); i++) {
            Expr el = elts.get(i);
            if ((el instanceof KeyValueExpr) != keyed) {
                env.error(el.span(), "mixture of field:value and value elements in struct literal");
                return false;
            }
            if (keyed) {
                ok &= keyedField(t, s, (KeyValueExpr) el, seen, indices, i);
            } else if (i >= s.fields().size()) {
                env.error(el.span(), "too many values in " + (env.version.atLeast(20) ? "struct literal of type " + t
                        : ExprPrinter.print(e)));
                return false;
            } else {
                indices[i] = i;
                ok &= element(el, s.fields().get(i).type(), "struct literal");
            }
        }
        if (!keyed && elts.size() < s.fields().size()) {
            env.error(e.rbrace(), "too few values in " + (env.version.atLeast(20) ? "struct literal of type " + t
                    : ExprPrinter.print(e)));
            return false;
        }
        return ok;
    }

    private boolean keyedField(Type t, Type.Struct s, KeyValueExpr kv, Set<String> seen, int[] indices, int i) {
        if (!(kv.key() instanceof Ident key)) {
            env.error(kv.key().span(), "invalid field name " + ExprPrinter.print(kv.key()) + " in struct literal");
            return false;
        }
        int field = -1;
        for (int f = 0; f < s.fields().size(); f++) {
            if (s.fields().get(f).name().equals(key.name())) {
                field = f;
            }
        }
        if (field < 0) {
            env.error(key.span(), "unknown field " + key.name() + " in struct literal of type " + t);
            skim(kv.value());
            return false;
        }
        if (!seen.add(key.name())) {
            env.error(key.span(), "duplicate field name " + key.name() + " in struct literal");
            return false;
        }
        indices[i] = field;
        return element(kv.value(), s.fields().get(field).type(), "struct literal");
    }

    /** Elements of an array or slice literal with their indices; returns the type (a [...] array's length filled in). */
    private Type array(CompositeLit e, Type t) {
        Type u = t.underlying();
        Type elem = u instanceof Type.Array a ? a.elem() : ((Type.Slice) u).elem();
        long length = u instanceof Type.Array a ? a.length() : -1;
        int[] indices = new int[e.elts().size()];
        env.info.elementIndices.put(e, indices);
        Set<Long> seen = new HashSet<>();
        long next = 0;
        long max = 0;
        boolean ok = true;
        for (int i = 0; i < e.elts().size(); i++) {
            Expr el = e.elts().get(i);
            Expr value = el;
            if (el instanceof KeyValueExpr kv) {
                Operand k = env.indexes.indexValue(kv.key(), length, false);
                if (k == null || !k.isConstant()) {
                    if (k != null) {
                        env.error(kv.key().span(), "index " + ExprPrinter.print(kv.key()) + " must be integer constant");
                    }
                    skim(kv.value());
                    ok = false;
                    continue;
                }
                next = k.value().toInt().longValue();
                value = kv.value();
            } else if (length >= 0 && next >= length) {
                env.error(el.span(), "index " + next + " is out of bounds (>= " + length + ")");
                return null;
            }
            if (!seen.add(next)) {
                env.error(el instanceof KeyValueExpr kv ? kv.key().span() : el.span(),
                        "duplicate index " + next + " in array or slice literal");
                ok = false;
            }
            indices[i] = (int) next;
            ok &= element(value, elem, "array or slice literal");
            next++;
            max = Math.max(max, next);
        }
        if (!ok) {
            return null;
        }
        if (length < 0 && u instanceof Type.Array) {
            return new Type.Array(max, elem);
        }
        return t;
    }

    private boolean map(CompositeLit e, Type.Map m) {
        env.info.elementIndices.put(e, null);
        boolean ok = true;
        java.util.Set<defercheck.ir.Constant> seen = new java.util.HashSet<>();
        for (Expr el : e.elts()) {
            if (!(el instanceof KeyValueExpr kv)) {
                env.error(el.span(), "missing key in map literal");
                skim(el);
                ok = false;
                continue;
            }
            Operand[] key = new Operand[1];
            boolean keyOk = element(kv.key(), m.key(), "map literal", key);
            defercheck.ir.Constant c = keyOk ? env.info.constants.get(kv.key()) : null;
            if (c != null && key[0] != null && key[0].value() != null && !seen.add(c)) {
                env.error(kv.key().span(), "duplicate key " + ConstFormat.format(key[0].value()) + " in map literal");
            }
            ok &= keyOk;
            ok &= element(kv.value(), m.value(), "map literal");
        }
        return ok;
    }

    /** One element value: an elided literal takes the element type, anything else must be assignable to it. */
    private boolean element(Expr value, Type elem, String context) {
        return element(value, elem, context, new Operand[1]);
    }

    /** {@link #element(Expr, Type, String)}, giving the checked operand in {@code out[0]}. */
    private boolean element(Expr value, Type elem, String context, Operand[] out) {
        if (value instanceof CompositeLit c && c.type() == null) {
            return !literal(c, elem).invalid();
        }
        Operand x = env.exprs.value(value);
        out[0] = x;
        return !x.invalid() && env.assign.assign(x, elem, context);
    }
}

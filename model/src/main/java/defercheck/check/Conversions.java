package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.CallExpr;
import java.util.List;

/**
 * Conversions {@code T(x)}. Only the trivial ones are in the subset: to the operand's own type, of an
 * untyped constant to its kind, and to an interface. The lowering treats them as identity.
 */
final class Conversions {

    private final Env env;

    Conversions(Env env) {
        this.env = env;
    }

    Operand convert(CallExpr c, Type t) {
        if (c.args().size() != 1) {
            env.error(c.args().isEmpty() ? c.rparen() : c.args().get(1).span(),
                    (c.args().isEmpty() ? "missing argument" : "too many arguments") + " in conversion to " + t);
            env.calls.args(c);
            return Operand.invalid(c);
        }
        Operand x = env.exprs.value(c.args().get(0));
        if (x.invalid()) {
            return Operand.invalid(c);
        }
        env.info.calls.put(c, new CallResolution.Conversion(t));
        if (x.mode() == Mode.NIL) {
            return toNilable(c, x, t);
        }
        if (x.untyped() && x.type().equals(t)) {
            env.assign.assign(x, t, "conversion");
            return new Operand(Mode.CONSTANT, t, x.value(), false, List.of(), c, null);
        }
        if (t.isInterface() && (x.untyped() || Assigner.assignable(x.type(), t))) {
            env.assign.assign(x, t, "conversion");
            return Operand.value(c, t);
        }
        if (!x.untyped() && x.type().equals(t)) {
            return Operand.value(c, t);
        }
        if (!x.untyped() && Type.differOnlyInName(x.type(), t)) {
            env.unsupported(c.span(), "conversion between " + x.type() + " and " + t);
            return Operand.invalid(c);
        }
        if (Type.STRING.equals(t) && Type.INT.equals(x.type())) {
            env.unsupported(c.span(), "conversion from int to string");
            return Operand.invalid(c);
        }
        return cannot(c, x, t);
    }

    private Operand toNilable(CallExpr c, Operand x, Type t) {
        if (t.isNilable()) {
            env.assign.assign(x, t, "conversion");
            return Operand.value(c, t);
        }
        return cannot(c, x, t);
    }

    private Operand cannot(CallExpr c, Operand x, Type t) {
        env.error(c.args().get(0).span(), "cannot convert " + x.describe() + " to type " + t);
        return Operand.invalid(c);
    }

    static String text(CallExpr c) {
        return ExprPrinter.print(c);
    }
}

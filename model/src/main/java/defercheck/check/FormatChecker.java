package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ast.CallExpr;
import java.util.List;

/**
 * fmt.Sprintf in the subset: a constant format whose verbs are {@code %v}, {@code %d} (an int operand),
 * {@code %s} (a string), {@code %t} (a bool) and {@code %%}, without flags, width or precision, and exactly
 * one operand per verb. Within these bounds fmt's output is fully determined by the static types, so the
 * machines' formatter cannot drift from fmt; anything else (fmt's {@code %!d(string=x)} and
 * {@code %!(EXTRA ...)} texts included) is reported as unsupported.
 */
final class FormatChecker {

    private final Env env;

    FormatChecker(Env env) {
        this.env = env;
    }

    void sprintf(CallExpr c, List<Operand> args) {
        if (args.isEmpty()) {
            env.error(c.rparen(), "not enough arguments in call to fmt.Sprintf\n\thave ()\n\twant (string, ...any)");
            return;
        }
        Operand format = args.get(0);
        if (!env.assign.assign(format, Type.STRING, "argument to fmt.Sprintf")) {
            return;
        }
        if (!(format.value() instanceof ConstValue.StringVal s)) {
            env.unsupported(format.expr().span(), "fmt.Sprintf with a non-constant format");
            return;
        }
        List<Operand> operands = args.subList(1, args.size());
        int used = verbs(c, s.value(), operands);
        if (used >= 0 && used != operands.size()) {
            env.unsupported(used < operands.size() ? operands.get(used).expr().span() : format.expr().span(),
                    "fmt.Sprintf with " + operands.size() + " operands for " + used + " verbs");
        }
    }

    /** Checks each verb against its operand; returns how many operands the verbs use, or -1 after an error. */
    private int verbs(CallExpr c, String format, List<Operand> operands) {
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            if (format.charAt(i) != '%') {
                continue;
            }
            char verb = i + 1 < format.length() ? format.charAt(++i) : '!';
            if (verb == '%') {
                continue;
            }
            if ("vdst".indexOf(verb) < 0) {
                env.unsupported(c.args().get(0).span(), "fmt.Sprintf verb %" + verb + " (only %v, %d, %s, %t and %%)");
                return -1;
            }
            if (next < operands.size() && !operandFits(verb, operands.get(next))) {
                return -1;
            }
            next++;
        }
        return next;
    }

    private boolean operandFits(char verb, Operand a) {
        if (a.mode() == Mode.NIL) {
            env.error(a.expr().span(), "use of untyped nil in argument to fmt.Sprintf");
            return false;
        }
        boolean fits = verb == 'd' ? Types.isInteger(a.type()) : verb == 's' ? Types.isString(a.type())
                : verb != 't' || Types.isBoolean(a.type());
        if (!fits || verb != 'v' && a.type() instanceof Type.Named) {
            env.unsupported(a.expr().span(), "fmt.Sprintf %" + verb + " of " + a.typeName() + " (fmt would print %!"
                    + verb + ")");
            return false;
        }
        env.builtins.formatted(a, "fmt.Sprintf");
        return true;
    }
}

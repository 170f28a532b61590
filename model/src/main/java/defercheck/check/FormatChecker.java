package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ast.CallExpr;
import java.util.List;

/**
 * fmt.Printf and fmt.Sprintf: {@code (format string, a ...any)}. gc does not look into the format (vet does);
 * the machines format with fmt's engine, bad verbs and missing or extra operands included.
 */
final class FormatChecker {

    private final Env env;

    FormatChecker(Env env) {
        this.env = env;
    }

    void sprintf(CallExpr c, String name, List<Operand> args) {
        if (args.isEmpty()) {
            env.error(c.span(), "not enough arguments in call to " + name + "\n\thave ()\n\twant (string, ...any)");
            return;
        }
        if (!env.assign.assign(args.get(0), Type.STRING, "argument to " + name)) {
            return;
        }
        for (Operand a : args.subList(1, args.size())) {
            env.builtins.formatted(a, name);
        }
    }
}

package defercheck.check;

import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Calls of func values and methods, with variadic parameters; builtins and conversions go to their checkers. */
final class CallChecker {

    private final Env env;

    CallChecker(Env env) {
        this.env = env;
    }

    Operand call(CallExpr c) {
        Instantiation.Callee k = env.instantiation.callee(c.fun());
        if (k != null) {
            return env.instantiation.call(c, k);
        }
        Operand f = env.exprs.expr(c.fun());
        return switch (f.mode()) {
            case INVALID -> {
                args(c);
                yield Operand.invalid(c);
            }
            case TYPE -> env.conversions.convert(c, f.type());
            case BUILTIN -> env.builtins.call(c, (BuiltinObj) f.obj());
            default -> funcCall(c, env.assign.single(f));
        };
    }

    private Operand funcCall(CallExpr c, Operand f) {
        if (f.invalid()) {
            args(c);
            return Operand.invalid(c);
        }
        if (f.mode() == Mode.NIL || !(f.type().underlying() instanceof Type.Func sig)) {
            env.error(c.fun().span(), "invalid operation: cannot call non-function " + f.describe());
            args(c);
            return Operand.invalid(c);
        }
        List<Operand> args = args(c);
        if (args != null) {
            arguments(c, sig, args);
        }
        env.info.calls.put(c, new CallResolution.FuncCall(sig));
        return results(c, sig.results());
    }

    /** Checks the arguments against the parameters, the variadic ones included (Go spec "Passing arguments to ... parameters"). */
    void arguments(CallExpr c, Type.Func sig, List<Operand> args) {
        String context = "argument to " + ExprPrinter.print(c.fun());
        List<Type> params = sig.params();
        if (c.hasEllipsis()) {
            if (!sig.variadic()) {
                env.error(c.ellipsis(), "have (...) used with non-variadic function " + ExprPrinter.print(c.fun()));
                return;
            }
            if (!count(c, args, params, sig)) {
                return;
            }
            for (int i = 0; i < args.size(); i++) {
                env.assign.assign(args.get(i), params.get(i), context);
            }
            return;
        }
        if (sig.variadic()) {
            int fixed = params.size() - 1;
            if (args.size() < fixed) {
                count(c, args, params, sig);
                return;
            }
            Type elem = ((Type.Slice) params.get(fixed)).elem();
            for (int i = 0; i < args.size(); i++) {
                env.assign.assign(args.get(i), i < fixed ? params.get(i) : elem, context);
            }
            return;
        }
        if (count(c, args, params, sig)) {
            for (int i = 0; i < args.size(); i++) {
                env.assign.assign(args.get(i), params.get(i), context);
            }
        }
    }

    /** The argument values; a single multi-value call is spread. Null when an argument is invalid. */
    List<Operand> args(CallExpr c) {
        List<Operand> out = new ArrayList<>();
        if (c.args().size() == 1) {
            Operand x = env.exprs.expr(c.args().get(0));
            if (x.mode() == Mode.TUPLE) {
                for (Type t : x.tuple()) {
                    out.add(Operand.value(c.args().get(0), t));
                }
                return out;
            }
            out.add(env.assign.single(x));
        } else {
            for (Expr a : c.args()) {
                out.add(env.exprs.value(a));
            }
        }
        return out.stream().anyMatch(Operand::invalid) ? null : out;
    }

    /** Reports a wrong argument count like gc, with its have/want lines. */
    private boolean count(CallExpr c, List<Operand> args, List<Type> params, Type.Func sig) {
        if (args.size() == params.size()) {
            return true;
        }
        boolean few = args.size() < params.size();
        Span at = few ? (args.isEmpty() ? c.span() : args.get(args.size() - 1).expr().span())
                : args.get(params.size()).expr().span();
        String have = args.stream().map(Operand::haveName).collect(Collectors.joining(", "));
        env.error(at, (few ? "not enough" : "too many") + " arguments in call to " + ExprPrinter.print(c.fun())
                + "\n\thave (" + have + ")\n\twant " + wantList(sig));
        return false;
    }

    /** {@code (int, ...string)}: a signature's parameter types as gc lists them. */
    static String wantList(Type.Func sig) {
        StringBuilder sb = new StringBuilder();
        defercheck.ir.TypeNames.signature(sb, new Type.Func(sig.params(), List.of(), sig.variadic()), false);
        return sb.toString();
    }

    static Operand results(CallExpr c, List<Type> results) {
        if (results.isEmpty()) {
            return Operand.noValue(c);
        }
        if (results.size() == 1) {
            return Operand.value(c, results.get(0));
        }
        return Operand.tuple(c, results);
    }
}

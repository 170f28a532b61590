package defercheck.check;

import defercheck.ir.Builtin;
import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Calls of func values, builtins and library functions, and conversions. */
final class CallChecker {

    private final Env env;

    CallChecker(Env env) {
        this.env = env;
    }

    Operand call(CallExpr c) {
        if (c.hasEllipsis()) {
            env.unsupported(c.ellipsis(), "variadic calls");
            return Operand.invalid(c);
        }
        Operand f = env.exprs.expr(c.fun());
        switch (f.mode()) {
            case INVALID:
                args(c);
                return Operand.invalid(c);
            case TYPE:
                return env.conversions.convert(c, f.type());
            case BUILTIN:
                return builtin(c, (BuiltinObj) f.obj());
            default:
                return funcCall(c, env.assign.single(f));
        }
    }

    private Operand funcCall(CallExpr c, Operand f) {
        if (f.invalid()) {
            return Operand.invalid(c);
        }
        if (!(f.type() instanceof Type.Func)) {
            env.error(c.fun().span(), "invalid operation: cannot call non-function " + f.describe());
            args(c);
            return Operand.invalid(c);
        }
        Type.Func sig = (Type.Func) f.type();
        List<Operand> args = args(c);
        if (args != null && count(c, args, sig.params())) {
            String context = "argument to " + ExprPrinter.print(c.fun());
            for (int i = 0; i < args.size(); i++) {
                env.assign.assign(args.get(i), sig.params().get(i), context);
            }
        }
        env.info.calls.put(c, new CallResolution.FuncCall(sig));
        return results(c, sig.results());
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
    private boolean count(CallExpr c, List<Operand> args, List<Type> params) {
        if (args.size() == params.size()) {
            return true;
        }
        boolean few = args.size() < params.size();
        var at = few ? (args.isEmpty() ? c.rparen() : args.get(args.size() - 1).expr().span())
                : args.get(params.size()).expr().span();
        String have = args.stream().map(Operand::haveName).collect(Collectors.joining(", "));
        String want = params.stream().map(Type::toString).collect(Collectors.joining(", "));
        env.error(at, (few ? "not enough" : "too many") + " arguments in call to " + ExprPrinter.print(c.fun())
                + "\n\thave (" + have + ")\n\twant (" + want + ")");
        return false;
    }

    private Operand results(CallExpr c, List<Type> results) {
        if (results.isEmpty()) {
            return new Operand(Mode.NOVALUE, null, null, false, List.of(), c, null);
        }
        if (results.size() == 1) {
            return Operand.value(c, results.get(0));
        }
        return new Operand(Mode.TUPLE, null, null, false, results, c, null);
    }

    private Operand builtin(CallExpr c, BuiltinObj b) {
        if (b.builtin() == null) {
            env.unsupported(c.fun().span(), "built-in " + b.name());
            args(c);
            return Operand.invalid(c);
        }
        List<Operand> args = args(c);
        if (args != null) {
            checkBuiltinArgs(c, b.builtin(), args);
        }
        List<Type> results = builtinResults(b.builtin());
        env.info.calls.put(c, new CallResolution.BuiltinCall(b.builtin(), results.size()));
        return results(c, results);
    }

    private void checkBuiltinArgs(CallExpr c, Builtin b, List<Operand> args) {
        switch (b) {
            case PANIC:
                if (builtinCount(c, args, 1)) {
                    env.assign.assign(args.get(0), Type.ANY, "argument to panic");
                }
                break;
            case RECOVER:
                builtinCount(c, args, 0);
                break;
            case PRINT:
            case PRINTLN:
                args.forEach(a -> printable(a, b.goName(), args.size() != c.args().size(), c.lparen()));
                break;
            case RUNTIME_GOEXIT:
            case RUNTIME_BREAKPOINT:
                count(c, args, List.of());
                break;
            case FMT_SPRINTF:
                env.formats.sprintf(c, args);
                break;
            case OS_EXIT:
                if (count(c, args, List.of(Type.INT))) {
                    env.assign.assign(args.get(0), Type.INT, "argument to os.Exit");
                }
                break;
            default:
                args.forEach(a -> formatted(a, b.goName()));
        }
    }

    private boolean builtinCount(CallExpr c, List<Operand> args, int want) {
        if (args.size() == want) {
            return true;
        }
        env.error(args.size() < want ? c.rparen() : args.get(want).expr().span(),
                (args.size() < want ? "not enough" : "too many") + " arguments for " + ExprPrinter.print(c)
                + " (expected " + want + ", found " + args.size() + ")");
        return false;
    }

    /**
     * print and println write interfaces and funcs as addresses; the lowering marks each such operand,
     * which it cannot do inside the spread results of a multi-value call.
     */
    private void printable(Operand a, String name, boolean spread, Span lparen) {
        if (a.mode() == Mode.NIL) {
            env.error(a.expr().span(), "use of untyped nil in argument to " + name);
        } else if (a.untyped()) {
            env.assign.defaultType(a, "argument to " + name);
        } else if (!(a.type() instanceof Type.Basic) && !a.type().isNilable()) {
            // gc's typecheck words it for print and println alike, at the call's parenthesis
            env.error(lparen, "illegal types for operand: print\n\t" + a.type());
        } else if (spread && a.type().isNilable()) {
            env.unsupported(a.expr().span(), name + " of a multi-value call with interface or func results");
        }
    }

    void formatted(Operand a, String name) {
        if (!a.untyped() && holdsFunc(a.type())) {
            env.unsupported(a.expr().span(), name + " of func value (prints an address)");
        } else if (!a.untyped() && holdsPointer(a.type())) {
            env.unsupported(a.expr().span(), name + " of a pointer (prints an address)");
        } else {
            env.assign.assign(a, Type.ANY, "argument to " + name);
        }
    }

    private static boolean holdsFunc(Type t) {
        return t instanceof Type.Func || t instanceof Type.Array a && holdsFunc(a.elem());
    }

    private static boolean holdsPointer(Type t) {
        return t instanceof Type.Pointer || t instanceof Type.Array a && holdsPointer(a.elem());
    }

    private static List<Type> builtinResults(Builtin b) {
        switch (b) {
            case RECOVER: return List.of(Type.ANY);
            case FMT_PRINT:
            case FMT_PRINTLN: return List.of(Type.INT, Type.ERROR);
            case FMT_SPRINT:
            case FMT_SPRINTLN:
            case FMT_SPRINTF: return List.of(Type.STRING);
            default: return List.of();
        }
    }
}

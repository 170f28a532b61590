package defercheck.check;

import defercheck.ir.Builtin;
import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.CallExpr;
import java.util.List;

/**
 * Calls of the predeclared functions (Go spec "Built-in functions", types2 builtins.go) and of the library
 * functions the machines implement directly. The ones that take a type ({@code new}, {@code make}) and the
 * numeric ones are in {@link TypeBuiltins} and {@link NumericBuiltins}.
 */
final class BuiltinChecker {

    private final Env env;

    BuiltinChecker(Env env) {
        this.env = env;
    }

    Operand call(CallExpr c, BuiltinObj b) {
        if (b.builtin() == null) {
            return env.typeBuiltins.call(c, b.name());
        }
        if (c.hasEllipsis() && isPrintFamily(b.builtin())) {
            return spread(c, b.builtin());
        }
        if (c.hasEllipsis() && b.builtin() != Builtin.APPEND) {
            env.error(c.ellipsis(), "invalid operation: invalid use of ... with built-in " + b.name());
            env.calls.args(c);
            return Operand.invalid(c);
        }
        return switch (b.builtin()) {
            case LEN, CAP -> env.typeBuiltins.lenCap(c, b.builtin());
            case APPEND -> env.typeBuiltins.append(c);
            case COPY -> env.typeBuiltins.copy(c);
            case DELETE -> env.typeBuiltins.delete(c);
            case CLEAR -> env.typeBuiltins.clear(c);
            case CLOSE -> close(c);
            case COMPLEX, REAL, IMAG, MIN, MAX -> env.numericBuiltins.call(c, b.builtin());
            default -> general(c, b.builtin());
        };
    }

    /** close(ch): a channel that is not receive-only (Go spec "Close"). */
    private Operand close(CallExpr c) {
        List<Operand> args = env.calls.args(c);
        if (args == null || !count(c, args, 1)) {
            return Operand.invalid(c);
        }
        Operand x = args.get(0);
        if (ChannelOperand.of(env, x, x.expr().span(), "close", Type.ChanDir.RECV) == null) {
            return Operand.invalid(c);
        }
        env.info.calls.put(c, new CallResolution.BuiltinCall(Builtin.CLOSE, 0));
        return Operand.noValue(c);
    }

    private static boolean isPrintFamily(Builtin b) {
        return b == Builtin.FMT_PRINT || b == Builtin.FMT_PRINTLN || b == Builtin.FMT_SPRINT || b == Builtin.FMT_SPRINTLN;
    }

    /** {@code fmt.Println(xs...)}: xs must be assignable to []any, and fmt prints its elements. */
    private Operand spread(CallExpr c, Builtin b) {
        List<Operand> args = env.calls.args(c);
        if (args == null) {
            return Operand.invalid(c);
        }
        if (args.size() != 1) {
            env.error(c.ellipsis(), "have (...) used with too many arguments in call to " + ExprPrinter.print(c.fun()));
            return Operand.invalid(c);
        }
        if (!env.assign.assign(args.get(0), new Type.Slice(Type.ANY), "argument to " + b.goName())) {
            return Operand.invalid(c);
        }
        List<Type> results = results(b);
        env.info.calls.put(c, new CallResolution.SpreadBuiltinCall(b, 0, results.size()));
        return CallChecker.results(c, results);
    }

    /** print, println, panic, recover and the library functions: value arguments, fixed results. */
    private Operand general(CallExpr c, Builtin b) {
        List<Operand> args = env.calls.args(c);
        if (args != null) {
            checkArgs(c, b, args);
        }
        List<Type> results = results(b);
        env.info.calls.put(c, new CallResolution.BuiltinCall(b, results.size()));
        return CallChecker.results(c, results);
    }

    private void checkArgs(CallExpr c, Builtin b, List<Operand> args) {
        switch (b) {
            case PANIC -> {
                if (count(c, args, 1)) {
                    env.assign.assign(args.get(0), Type.ANY, "argument to panic");
                }
            }
            case RECOVER -> count(c, args, 0);
            case PRINT, PRINTLN -> args.forEach(a -> printable(a, b.goName(), args.size() != c.args().size(), c.lparen()));
            case RUNTIME_GOEXIT, RUNTIME_BREAKPOINT, RUNTIME_GC, RUNTIME_GOSCHED -> libraryCount(c, args, List.of());
            case FMT_SPRINTF, FMT_PRINTF -> env.formats.sprintf(c, b.goName(), args);
            case OS_EXIT -> {
                if (libraryCount(c, args, List.of(Type.INT))) {
                    env.assign.assign(args.get(0), Type.INT, "argument to os.Exit");
                }
            }
            default -> args.forEach(a -> formatted(a, b.goName()));
        }
    }

    /** A builtin's argument count: "not enough arguments for panic() (expected 1, found 0)". */
    boolean count(CallExpr c, List<Operand> args, int want) {
        if (args.size() == want) {
            return true;
        }
        reportCount(c, args.size(), want);
        return false;
    }

    void reportCount(CallExpr c, int have, int want) {
        env.error(c.span(), "invalid operation: " + (have < want ? "not enough" : "too many") + " arguments for "
                + ExprPrinter.print(c)
                + " (expected " + want + ", found " + have + ")");
    }

    /** A library function's argument count, worded like a call of a Go function. */
    private boolean libraryCount(CallExpr c, List<Operand> args, List<Type> params) {
        if (args.size() == params.size()) {
            return true;
        }
        boolean few = args.size() < params.size();
        Span at = few ? (args.isEmpty() ? c.rparen() : args.get(args.size() - 1).expr().span())
                : args.get(params.size()).expr().span();
        String have = String.join(", ", args.stream().map(Operand::haveName).toList());
        env.error(at, (few ? "not enough" : "too many") + " arguments in call to " + ExprPrinter.print(c.fun())
                + "\n\thave (" + have + ")\n\twant " + CallChecker.wantList(new Type.Func(params, List.of())));
        return false;
    }

    /**
     * print and println write interfaces and funcs as addresses; the lowering marks each such operand, which it
     * cannot do inside the spread results of a multi-value call.
     */
    private void printable(Operand a, String name, boolean spread, Span lparen) {
        if (a.mode() == Mode.NIL) {
            env.error(a.expr().span(), "use of untyped nil in argument to " + name);
        } else if (a.untyped()) {
            // go1.23's types2 words this context "built-in" + name, without a space
            env.assign.defaultType(a, "argument to " + (env.version.atLeast(23) ? "built-in" : "") + name);
        } else if (!printableType(a.type())) {
            // gc's typecheck words it for print and println alike, at the call's parenthesis
            env.error(lparen, "illegal types for operand: print\n\t" + a.type());
        } else if (spread && addressLike(a.type())) {
            env.unsupported(a.expr().span(), name + " of a multi-value call with interface or func results");
        }
    }

    private static boolean printableType(Type t) {
        Type u = t.underlying();
        return u instanceof Type.Basic || u instanceof Type.Pointer || u instanceof Type.Interface
                || u instanceof Type.Func || u instanceof Type.Slice || u instanceof Type.Map || u instanceof Type.Chan;
    }

    /** Types print and println show by address (interfaces as a pair). */
    static boolean addressLike(Type t) {
        Type u = t.underlying();
        return !(u instanceof Type.Basic);
    }

    /** An operand of a fmt call: any value (what fmt prints is the machines' business). */
    void formatted(Operand a, String name) {
        env.assign.assign(a, Type.ANY, "argument to " + name);
    }

    private static List<Type> results(Builtin b) {
        return switch (b) {
            case RECOVER -> List.of(Type.ANY);
            case FMT_PRINT, FMT_PRINTLN, FMT_PRINTF -> List.of(Type.INT, Type.ERROR);
            case FMT_SPRINT, FMT_SPRINTLN, FMT_SPRINTF -> List.of(Type.STRING);
            default -> List.of();
        };
    }
}

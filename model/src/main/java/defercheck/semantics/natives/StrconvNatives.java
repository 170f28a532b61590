package defercheck.semantics.natives;

import defercheck.ir.Program;
import defercheck.ir.Type;
import defercheck.lib.strconv.BoolResult;
import defercheck.lib.strconv.FloatFormat;
import defercheck.lib.strconv.FloatParse;
import defercheck.lib.strconv.FloatResult;
import defercheck.lib.strconv.IntFormat;
import defercheck.lib.strconv.IntParse;
import defercheck.lib.strconv.IntResult;
import defercheck.lib.strconv.NumError;
import defercheck.lib.strconv.Quoting;
import defercheck.lib.strconv.Unquoting;
import defercheck.semantics.Box;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.NativeCall.Step;
import defercheck.semantics.NativePackage;
import defercheck.semantics.NativeTable;
import defercheck.semantics.Value;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Package strconv's natives (declarations: resources defercheck/lib/decl/strconv.go) over lib.strconv. A
 * failed parse returns a new {@code *strconv.NumError} whose Err is the current value of strconv.ErrSyntax or
 * ErrRange (so {@code ==} and errors.Is find them), or a new error for a bad base or bit size, as strconv does.
 */
public final class StrconvNatives implements NativePackage {

    @Override
    public String path() {
        return "strconv";
    }

    @Override
    public void register(NativeTable t) {
        t.global("strconv.ErrRange", (p, v) -> newError(p, NumError.RANGE));
        t.global("strconv.ErrSyntax", (p, v) -> newError(p, NumError.SYNTAX));
        t.step("strconv.Itoa", a -> a.done(IntFormat.itoa(a.integer(0))));
        t.step("strconv.Atoi", a -> intResult(a, IntParse.atoi(a.string(0))));
        t.step("strconv.ParseInt", a -> intResult(a, IntParse.parseInt(a.string(0), clamp(a, 1), clamp(a, 2))));
        t.step("strconv.ParseUint", a -> intResult(a, IntParse.parseUint(a.string(0), clamp(a, 1), clamp(a, 2))));
        t.step("strconv.ParseFloat", a -> {
            FloatResult r = FloatParse.parseFloat(a.string(0), clamp(a, 1));
            return a.done(new Value.FloatValue(a.result(0), r.value()), error(a, r.error()));
        });
        t.step("strconv.ParseBool", a -> {
            BoolResult r = IntParse.parseBool(a.string(0));
            return a.done(r.value(), error(a, r.error()));
        });
        t.step("strconv.FormatBool", a -> a.done(IntFormat.formatBool(a.bool(0))));
        t.step("strconv.FormatInt", a -> formatInt(a, false));
        t.step("strconv.FormatUint", a -> formatInt(a, true));
        t.step("strconv.FormatFloat", StrconvNatives::formatFloat);
        quoting(t, "Quote", Quoting::quote);
        quoting(t, "QuoteToASCII", Quoting::quoteToASCII);
        quoting(t, "QuoteToGraphic", Quoting::quoteToGraphic);
        t.step("strconv.QuoteRune", a -> a.done(Quoting.of(a.host().version()).quoteRune(a.integer(0))));
        t.step("strconv.QuoteRuneToASCII", a -> a.done(Quoting.of(a.host().version()).quoteRuneToASCII(a.integer(0))));
        t.step("strconv.QuoteRuneToGraphic", a -> a.done(
                Quoting.of(a.host().version()).quoteRuneToGraphic(a.integer(0))));
        t.step("strconv.IsPrint", a -> a.done(Quoting.of(a.host().version()).isPrint(a.integer(0))));
        t.step("strconv.IsGraphic", a -> a.done(Quoting.of(a.host().version()).isGraphic(a.integer(0))));
        t.step("strconv.CanBackquote", a -> a.done(Quoting.canBackquote(a.string(0))));
        t.step("strconv.Unquote", a -> unquoted(a, Unquoting.unquote(a.string(0))));
        t.step("strconv.QuotedPrefix", a -> unquoted(a, Unquoting.quotedPrefix(a.string(0))));
        t.call("strconv.(*NumError).Error", StrconvNatives::numErrorText);
        t.step("strconv.(*NumError).Unwrap", a -> {
            Value.StructValue e = numError(a.arg(0));
            return e == null ? GoCalls.nilDereference(a.host()) : a.done(e.fields()[2]);
        });
    }

    private static void quoting(NativeTable t, String name, BiFunction<Quoting, String, String> f) {
        t.step("strconv." + name, a -> a.done(f.apply(Quoting.of(a.host().version()), a.string(0))));
    }

    /** An int argument lib.strconv takes as a Java int; values beyond it stay invalid bases and bit sizes. */
    private static int clamp(NativeArgs a, int i) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, a.integer(i)));
    }

    private static Step intResult(NativeArgs a, IntResult r) {
        return a.done(r.value(), error(a, r.error()));
    }

    private static Step unquoted(NativeArgs a, Optional<String> s) {
        return s.isPresent() ? a.done(s.get(), null) : a.done("", LibraryVariables.get(a.host(), "strconv.ErrSyntax"));
    }

    private static Step formatInt(NativeArgs a, boolean unsigned) {
        long base = a.integer(1);
        if (base < 2 || base > 36) {
            return a.panicString(IntFormat.ILLEGAL_BASE_PANIC);
        }
        long v = a.integer(0);
        return a.done(unsigned ? IntFormat.formatUint(v, (int) base) : IntFormat.formatInt(v, (int) base));
    }

    private static Step formatFloat(NativeArgs a) {
        long bitSize = a.integer(3);
        if (bitSize != 32 && bitSize != 64) {
            return a.panicString(FloatFormat.ILLEGAL_BIT_SIZE_PANIC);
        }
        double f = ((Value.FloatValue) a.arg(0)).value();
        char fmt = (char) (a.integer(1) & 0xFF);
        return a.done(FloatFormat.formatFloat(f, fmt, clamp(a, 2), (int) bitSize));
    }

    /** errors.New(text), as strconv's variables and its base and bit-size errors are made. */
    private static Value newError(Program p, String text) {
        Type.Named t = p.libraryType("errors.errorString");
        return new Value.PointerValue(new Type.Pointer(t),
                new Box(new Value.StructValue(t, new Value[] {new Value.StringValue(text)})));
    }

    /** The error result: nil, or a new *strconv.NumError. */
    private static Value error(NativeArgs a, NumError e) {
        if (e == null) {
            return new Value.NilValue(Type.ERROR);
        }
        Value err = e.isSyntax() ? LibraryVariables.get(a.host(), "strconv.ErrSyntax")
                : e.isRange() ? LibraryVariables.get(a.host(), "strconv.ErrRange")
                : newError(a.host().program(), e.reason());
        Type.Named t = a.libraryType("strconv.NumError");
        Value[] fields = {new Value.StringValue(e.func()), new Value.StringValue(e.num()), err};
        return new Value.PointerValue(new Type.Pointer(t), new Box(new Value.StructValue(t, fields)));
    }

    private static Value.StructValue numError(Value receiver) {
        return receiver instanceof Value.PointerValue p ? (Value.StructValue) p.target().load() : null;
    }

    /** Error(): "strconv." + Func + ": parsing " + Quote(Num) + ": " + Err.Error(), where Err's method is Go code. */
    private static NativeCall numErrorText(NativeArgs a) {
        Value.StructValue e = numError(a.arg(0));
        if (e == null) {
            return r -> GoCalls.nilDereference(a.host());
        }
        String head = "strconv." + ((Value.StringValue) e.fields()[0]).value() + ": parsing "
                + Quoting.of(a.host().version()).quote(((Value.StringValue) e.fields()[1]).value()) + ": ";
        Step call = GoCalls.method(a, e.fields()[2], "Error", List.of());
        return new NativeCall() {
            private boolean called;

            @Override
            public Step step(List<Value> results) {
                if (called) {
                    return a.done(head + ((Value.StringValue) results.get(0)).value());
                }
                called = true;
                return call;
            }
        };
    }
}

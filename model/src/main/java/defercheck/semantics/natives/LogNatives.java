package defercheck.semantics.natives;

import defercheck.ir.Program;
import defercheck.ir.Type;
import defercheck.lib.log.LogFlags;
import defercheck.semantics.Box;
import defercheck.semantics.FmtRun;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.NativePackage;
import defercheck.semantics.NativeTable;
import defercheck.semantics.Value;
import java.util.List;

/**
 * Package log's natives (declarations: resources defercheck/lib/decl/log.go): the standard logger (the declared
 * variable {@code std}) and Loggers from New. A logging call formats its arguments as fmt does (calling their
 * String and Error methods as Go calls), calls the logger's writer's Write method with the line, then returns
 * (Print), exits with status 1 so that no deferred call runs (Fatal), or panics with the message as a string
 * (Panic): {@link LogCall}.
 */
public final class LogNatives implements NativePackage {

    /** What a logging function does after writing its line. */
    enum Then { RETURN, EXIT, PANIC, OUTPUT }

    /** The fields of the declared Logger struct. */
    static final int PREFIX = 0;
    static final int FLAG = 1;
    static final int OUT = 2;
    private static final int GUARD = 3;
    /** What the standard logger's guard holds until its writer is set to os.Stderr. */
    private static final long STDERR_UNSET = 1;

    @Override
    public String path() {
        return "log";
    }

    @Override
    public void register(NativeTable t) {
        t.global("log.std", (p, v) -> logger(p, "", LogFlags.LSTD_FLAGS, null, STDERR_UNSET));
        t.step("log.New", a -> a.done(logger(a.host().program(), a.string(1), a.integer(2), a.arg(0), 0)));
        t.step("log.Default", a -> a.done(std(a)));
        t.step("log.(*Logger).Flags", a -> field(a, a.arg(0), FLAG));
        t.step("log.(*Logger).Prefix", a -> field(a, a.arg(0), PREFIX));
        t.step("log.(*Logger).Writer", a -> field(a, a.arg(0), OUT));
        t.step("log.(*Logger).SetFlags", a -> set(a, a.arg(0), FLAG, new Value.IntValue(Type.INT, a.integer(1))));
        t.step("log.(*Logger).SetPrefix", a -> set(a, a.arg(0), PREFIX, a.arg(1)));
        t.step("log.(*Logger).SetOutput", a -> set(a, a.arg(0), OUT, a.arg(1)));
        t.step("log.Flags", a -> field(a, std(a), FLAG));
        t.step("log.Prefix", a -> field(a, std(a), PREFIX));
        t.step("log.Writer", a -> field(a, std(a), OUT));
        t.step("log.SetFlags", a -> set(a, std(a), FLAG, new Value.IntValue(Type.INT, a.integer(0))));
        t.step("log.SetPrefix", a -> set(a, std(a), PREFIX, a.arg(0)));
        t.step("log.SetOutput", a -> set(a, std(a), OUT, a.arg(0)));
        t.call("log.Output", a -> LogCall.output(a, std(a), a.string(1)));
        t.call("log.(*Logger).Output", a -> LogCall.output(a, a.arg(0), a.string(2)));
        for (Then then : List.of(Then.RETURN, Then.EXIT, Then.PANIC)) {
            String name = switch (then) {
                case RETURN -> "Print";
                case EXIT -> "Fatal";
                default -> "Panic";
            };
            register(t, name, FmtRun.Kind.PRINT, then);
            register(t, name + "f", FmtRun.Kind.PRINTF, then);
            register(t, name + "ln", FmtRun.Kind.PRINTLN, then);
        }
    }

    /** log.Print and (*Logger).Print, and the like: the same call on the standard logger or the receiver. */
    private static void register(NativeTable t, String name, FmtRun.Kind kind, Then then) {
        t.call("log." + name, a -> new LogCall(a, std(a), kind, 0, then));
        t.call("log.(*Logger)." + name, a -> new LogCall(a, a.arg(0), kind, 1, then));
    }

    /** {@code &Logger{prefix, flag, out}}; the standard logger's out (null here) is set when first read. */
    private static Value logger(Program p, String prefix, long flag, Value out, long guarded) {
        Type.Named t = p.libraryType("log.Logger");
        Type.Struct st = (Type.Struct) t.underlying();
        Value w = out != null ? out : new Value.NilValue(st.fields().get(OUT).type());
        Value guard = new Value.PointerValue(st.fields().get(GUARD).type(),
                new Box(new Value.IntValue(Type.INT, guarded)));
        Value[] fields = {new Value.StringValue(Type.STRING, prefix), new Value.IntValue(Type.INT, flag), w, guard};
        return new Value.PointerValue(new Type.Pointer(t), new Box(new Value.StructValue(t, fields)));
    }

    /** The standard logger, its writer set to os.Stderr's value the first time anything looks at it. */
    static Value std(NativeArgs a) {
        Value std = LibraryVariables.get(a.host(), "log.std");
        Value.StructValue l = state(std);
        Box guard = (Box) ((Value.PointerValue) l.fields()[GUARD]).target();
        if (((Value.IntValue) guard.get()).value() == STDERR_UNSET) {
            guard.set(new Value.IntValue(Type.INT, 0));
            l.fields()[OUT] = LibraryVariables.get(a.host(), "os.Stderr");
        }
        return std;
    }

    /** The Logger a non-nil *Logger points to, or null for a nil one. */
    static Value.StructValue state(Value logger) {
        return logger instanceof Value.PointerValue p ? (Value.StructValue) p.target().load() : null;
    }

    private static NativeCall.Step field(NativeArgs a, Value logger, int i) {
        Value.StructValue l = state(logger);
        return l == null ? a.nilDereference() : a.done(l.fields()[i]);
    }

    private static NativeCall.Step set(NativeArgs a, Value logger, int i, Value v) {
        Value.StructValue l = state(logger);
        if (l == null) {
            return a.nilDereference();
        }
        l.fields()[i] = v;
        return a.done();
    }
}

package defercheck.semantics.natives;

import defercheck.ir.Type;
import defercheck.lib.log.LogFlags;
import defercheck.lib.log.LogLine;
import defercheck.lib.log.LogTime;
import defercheck.semantics.FmtRun;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.NativePackage;
import defercheck.semantics.NativeTable;
import defercheck.semantics.Value;
import java.util.List;

/**
 * Package log's natives (declarations: resources defercheck/lib/decl/log.go): the standard logger, whose flags
 * and prefix live in the declarations' variables {@code stdFlags} and {@code stdPrefix}. A logging call formats
 * its arguments as fmt does (calling their String and Error methods as Go calls), writes the line to stderr,
 * then returns (Print), exits with status 1 so that no deferred call runs (Fatal), or panics with the message
 * as a string (Panic). A line whose flags ask for a date, a time or a file name is refused: real Go prints the
 * wall clock and the build's absolute path there.
 */
public final class LogNatives implements NativePackage {

    /** What a logging function does after writing its line. */
    enum Then { RETURN, EXIT, PANIC }

    private static final int CLOCK_OR_FILE = LogFlags.LDATE | LogFlags.LTIME | LogFlags.LMICROSECONDS
            | LogFlags.LLONGFILE | LogFlags.LSHORTFILE;

    @Override
    public String path() {
        return "log";
    }

    @Override
    public void register(NativeTable t) {
        t.global("log.stdFlags", (p, v) -> new Value.IntValue(Type.INT, LogFlags.LSTD_FLAGS));
        t.global("log.stdPrefix", (p, v) -> new Value.StringValue(Type.STRING, ""));
        t.step("log.Flags", a -> a.done(LibraryVariables.get(a.host(), "log.stdFlags")));
        t.step("log.Prefix", a -> a.done(LibraryVariables.get(a.host(), "log.stdPrefix")));
        t.step("log.SetFlags", a -> {
            LibraryVariables.set(a.host(), "log.stdFlags", new Value.IntValue(Type.INT, a.integer(0)));
            return a.done();
        });
        t.step("log.SetPrefix", a -> {
            LibraryVariables.set(a.host(), "log.stdPrefix", a.arg(0));
            return a.done();
        });
        for (Then then : Then.values()) {
            String name = switch (then) {
                case RETURN -> "log.Print";
                case EXIT -> "log.Fatal";
                case PANIC -> "log.Panic";
            };
            t.call(name, a -> new LogCall(a, FmtRun.Kind.PRINT, then));
            t.call(name + "f", a -> new LogCall(a, FmtRun.Kind.PRINTF, then));
            t.call(name + "ln", a -> new LogCall(a, FmtRun.Kind.PRINTLN, then));
        }
    }

    /** One logging call: fmt's formatting (which may call methods), then the line, then {@link Then}. */
    private static final class LogCall implements NativeCall {
        private final NativeArgs call;
        private final Then then;
        private final FmtRun format;
        private String message;

        LogCall(NativeArgs call, FmtRun.Kind kind, Then then) {
            this.call = call;
            this.then = then;
            String f = kind == FmtRun.Kind.PRINTF ? call.string(0) : null;
            this.format = new FmtRun(kind, f, call.elements(call.args().size() - 1), call.host());
        }

        @Override
        public Step step(List<Value> results) {
            if (message != null) {
                return then == Then.EXIT ? new Step.Exit(LogFlags.FATAL_EXIT_STATUS)
                        : new Step.Panic(new Value.StringValue(Type.STRING, message));
            }
            Step s = format.step(results);
            if (s != null) {
                return s;
            }
            message = format.done().text();
            int flags = (int) ((Value.IntValue) LibraryVariables.get(call.host(), "log.stdFlags")).value();
            if ((flags & CLOCK_OR_FILE) != 0) {
                return new Step.Refused("a log line with a date, a time or a file name (log flags " + flags
                        + "): real Go prints the wall clock and the build's path there; call log.SetFlags(0)");
            }
            String prefix = ((Value.StringValue) LibraryVariables.get(call.host(), "log.stdPrefix")).value();
            String line = LogLine.format(prefix, flags, LogTime.VIRTUAL, "", 0, message);
            return then == Then.RETURN ? new Step.Done(List.of(), line, true) : new Step.Write(line, true);
        }
    }
}

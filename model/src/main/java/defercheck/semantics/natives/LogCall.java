package defercheck.semantics.natives;

import defercheck.lib.log.LogFlags;
import defercheck.lib.log.LogLine;
import defercheck.lib.log.LogTime;
import defercheck.semantics.FmtRun;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.ir.Type;
import defercheck.semantics.Value;
import java.util.List;

/**
 * One logging call: fmt's formatting of the arguments (which may call methods), the line with the logger's
 * prefix and flags, the writer's Write method called as Go code, then {@link LogNatives.Then}. Go reads the
 * prefix and flags once per line: from go1.21 Print and its forms read them before formatting, everything else
 * after. A nil *Logger faults where Go first touches it: Print and its forms check it (isDiscard) before they
 * format, Fatal, Panic and Output after.
 */
final class LogCall implements NativeCall {

    private static final int CLOCK_OR_FILE = LogFlags.LDATE | LogFlags.LTIME | LogFlags.LMICROSECONDS
            | LogFlags.LLONGFILE | LogFlags.LSHORTFILE;

    private final NativeArgs call;
    private final Value logger;
    private final LogNatives.Then then;
    private final FmtRun format;
    private String message;
    private Value prefix;
    private Value flags;
    private boolean written;

    LogCall(NativeArgs call, Value logger, FmtRun.Kind kind, int first, LogNatives.Then then) {
        this.call = call;
        this.logger = logger;
        this.then = then;
        String f = kind == FmtRun.Kind.PRINTF ? call.string(first) : null;
        this.format = new FmtRun(kind, f, call.elements(call.args().size() - 1), call.host());
    }

    private LogCall(NativeArgs call, Value logger, String message) {
        this.call = call;
        this.logger = logger;
        this.then = LogNatives.Then.OUTPUT;
        this.format = null;
        this.message = message;
    }

    /** Output(calldepth, s): the line for s, and Write's error as the result. */
    static NativeCall output(NativeArgs call, Value logger, String s) {
        return new LogCall(call, logger, s);
    }

    @Override
    public Step step(List<Value> results) {
        if (written) {
            return switch (then) {
                case RETURN -> new Step.Done(List.of());
                case OUTPUT -> new Step.Done(List.of(results.get(1)));
                case EXIT -> new Step.Exit(LogFlags.FATAL_EXIT_STATUS);
                case PANIC -> new Step.Panic(new Value.StringValue(Type.STRING, message));
            };
        }
        boolean print = then == LogNatives.Then.RETURN;
        boolean early = print && call.host().version().atLeast(21);
        if (message == null) {
            if (print && LogNatives.state(logger) == null) {
                return call.nilDereference();
            }
            if (early && prefix == null) {
                readState();
            }
            Step s = format.step(results);
            if (s != null) {
                return s;
            }
            message = format.done().text();
        }
        if (!early && !readState()) {
            return call.nilDereference();
        }
        return write();
    }

    /** Reads the prefix and flags as Go's output does; false for a nil *Logger. */
    private boolean readState() {
        Value.StructValue l = LogNatives.state(logger);
        if (l == null) {
            return false;
        }
        prefix = l.fields()[LogNatives.PREFIX];
        flags = l.fields()[LogNatives.FLAG];
        return true;
    }

    private Step write() {
        int f = (int) ((Value.IntValue) flags).value();
        if ((f & CLOCK_OR_FILE) != 0) {
            return new Step.Refused("a log line with a date, a time or a file name (log flags " + f
                    + "): real Go prints the wall clock and the build's path there; call log.SetFlags(0)");
        }
        String line = LogLine.format(((Value.StringValue) prefix).value(), f, LogTime.VIRTUAL, "", 0, message);
        written = true;
        Value out = LogNatives.state(logger).fields()[LogNatives.OUT];
        return GoCalls.method(call, out, "Write", List.of(NativeArgs.bytes(line)));
    }
}

package defercheck.semantics;

import defercheck.ir.Builtin;
import defercheck.ir.Function;
import defercheck.ir.Type;
import defercheck.lib.fmt.Fmt;
import defercheck.lib.fmt.Formatted;
import defercheck.lib.fmt.MethodResult;
import defercheck.lib.fmt.Operand;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One call of fmt.Print, Println, Printf, Sprint, Sprintln or Sprintf as a native call. The fmt engine replays the
 * results of the Error, String and GoString calls it needs ({@link Fmt}); each call it asks for runs as Go code
 * through the wrapper {@value #HANDLE_METHODS}, which recovers a panic of the method the way fmt's catchPanic
 * does and returns {@code (text string, panicValue any, panicked bool)}.
 */
final class FmtCall implements NativeCall {
    /** The Go function the lowering adds for programs that call fmt (LibraryWrappers). */
    static final String HANDLE_METHODS = "fmt.(*pp).handleMethods";

    private final Builtin builtin;
    private final Host host;
    private final FmtOperands operands;
    private final List<Operand> args = new ArrayList<>();
    private final String format;
    private final int resultCount;
    private final List<MethodResult> results = new ArrayList<>();
    private final Map<Operand, Value> panicValues = new IdentityHashMap<>();
    private boolean waiting;

    FmtCall(Builtin builtin, List<Value> values, int resultCount, Host host) {
        this.builtin = builtin;
        this.host = host;
        this.resultCount = resultCount;
        this.operands = new FmtOperands(host.program());
        boolean printf = builtin == Builtin.FMT_PRINTF || builtin == Builtin.FMT_SPRINTF;
        this.format = printf ? ((Value.StringValue) values.get(0)).value() : null;
        for (int i = printf ? 1 : 0; i < values.size(); i++) {
            args.add(operands.argument(values.get(i)));
        }
    }

    /** The result types of {@code builtin} when its call keeps {@code resultCount} results. */
    static List<Type> resultTypes(Builtin builtin, int resultCount) {
        if (resultCount == 0) {
            return List.of();
        }
        return switch (builtin) {
            case FMT_SPRINT, FMT_SPRINTLN, FMT_SPRINTF -> List.of(Type.STRING);
            default -> List.of(Type.INT, Type.ERROR);
        };
    }

    @Override
    public Step step(List<Value> goResults) {
        if (waiting) {
            waiting = false;
            boolean panicked = ((Value.BoolValue) goResults.get(2)).value();
            if (panicked) {
                Operand p = operands.argument(goResults.get(1));
                panicValues.put(p, goResults.get(1));
                results.add(new MethodResult.Panicked(p));
            } else {
                results.add(new MethodResult.Returned(((Value.StringValue) goResults.get(0)).value()));
            }
        }
        while (true) {
            Formatted f;
            try {
                f = run();
            } catch (UnsupportedOperationException e) {
                // the library refuses what it does not model for this Go version (strconv.IsPrint before 1.16)
                return new Step.Refused(e.getMessage());
            }
            if (f instanceof Formatted.Done d) {
                return done(d.text());
            } else if (f instanceof Formatted.Panics p) {
                Value v = panicValues.get(p.value());
                return new Step.Panic(v != null ? v : new Value.StringValue(p.value().toString()));
            }
            Formatted.NeedsCall call = (Formatted.NeedsCall) f;
            Value receiver = (Value) call.receiver();
            String name = call.method().goName();
            if (receiver instanceof Value.RuntimeErrorValue e && name.equals("Error")) {
                results.add(new MethodResult.Returned(e.message()));
                continue;
            }
            Function method = Dispatch.method(host.program(), receiver, name);
            Function handle = host.program().functionNamed(HANDLE_METHODS);
            Value.FuncValue bound = new Value.FuncValue(STRING_FUNC, method, new Box[0], receiver);
            waiting = true;
            return new Step.Call(new Value.FuncValue(handle, new Box[0]), List.of(bound), 3);
        }
    }

    private static final Type.Func STRING_FUNC = new Type.Func(List.of(), List.of(Type.STRING), false);

    private Formatted run() {
        return switch (builtin) {
            case FMT_PRINT, FMT_SPRINT -> Fmt.sprint(host.version(), args, results);
            case FMT_PRINTLN, FMT_SPRINTLN -> Fmt.sprintln(host.version(), args, results);
            default -> Fmt.sprintf(host.version(), format, args, results);
        };
    }

    private Step done(String text) {
        if (FmtOperands.showsAddress(text)) {
            return new Step.Refused(builtin.goName() + " printing an address (real addresses vary from run to run)");
        }
        boolean print = builtin == Builtin.FMT_PRINT || builtin == Builtin.FMT_PRINTLN || builtin == Builtin.FMT_PRINTF;
        List<Value> out = new ArrayList<>();
        if (print && resultCount == 2) {
            out.add(new Value.IntValue(text.length()));
            out.add(new Value.NilValue(Type.ERROR));
        } else if (!print && resultCount == 1) {
            out.add(new Value.StringValue(text));
        }
        return new Step.Done(out, print ? text : "", false);
    }
}

package defercheck.semantics;

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
 * One formatting of fmt's engine over Go values, as steps: the engine replays the results of the Error, String
 * and GoString calls it needs ({@link Fmt}); each call it asks for runs as Go code through the wrapper
 * {@value #HANDLE_METHODS}, which recovers a panic of the method the way fmt's catchPanic does and returns
 * {@code (text string, panicValue any, panicked bool)}. Used by the fmt natives and builtins.
 */
public final class FmtRun {
    /** The Go function the lowering adds for programs that call fmt (LibraryWrappers). */
    static final String HANDLE_METHODS = "fmt.(*pp).handleMethods";

    /** Which of fmt's entry points formats. */
    public enum Kind { PRINT, PRINTLN, PRINTF, ERRORF }

    private static final Type.Func STRING_FUNC = new Type.Func(List.of(), List.of(Type.STRING), false);

    private final Kind kind;
    private final Host host;
    private final FmtOperands operands;
    private final List<Operand> args = new ArrayList<>();
    private final String format;
    private final List<MethodResult> results = new ArrayList<>();
    private final Map<Operand, Value> panicValues = new IdentityHashMap<>();
    private boolean waiting;
    private Formatted.Done done;

    /** Formats {@code values} (for PRINTF and ERRORF after {@code format}). */
    public FmtRun(Kind kind, String format, List<Value> values, Host host) {
        this.kind = kind;
        this.host = host;
        this.format = format;
        this.operands = new FmtOperands(host.program());
        values.forEach(v -> args.add(operands.argument(v)));
    }

    /**
     * The next step with the results of the Go call the previous one asked for; null once the text is done
     * ({@link #done()}). A text showing a made-up address is refused.
     */
    public NativeCall.Step step(List<Value> goResults) {
        if (waiting) {
            waiting = false;
            record(goResults);
        }
        while (true) {
            Formatted f;
            try {
                f = run();
            } catch (UnsupportedOperationException e) {
                // the library refuses what it does not model for this Go version (strconv.IsPrint before 1.16)
                return new NativeCall.Step.Refused(e.getMessage());
            }
            if (f instanceof Formatted.Done d) {
                done = d;
                if (operands.showsPc()) {
                    return new NativeCall.Step.Refused(name() + " " + ProgramCounters.PRINTING);
                }
                return FmtOperands.showsAddress(d.text())
                        ? new NativeCall.Step.Refused(name() + " printing an address (real addresses vary from run to run)")
                        : null;
            } else if (f instanceof Formatted.Panics p) {
                Value v = panicValues.get(p.value());
                return new NativeCall.Step.Panic(v != null ? v : new Value.StringValue(p.value().toString()));
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
            return new NativeCall.Step.Call(new Value.FuncValue(handle, new Box[0]), List.of(bound), 3);
        }
    }

    private void record(List<Value> goResults) {
        boolean panicked = ((Value.BoolValue) goResults.get(2)).value();
        if (panicked) {
            Operand p = operands.argument(goResults.get(1));
            panicValues.put(p, goResults.get(1));
            results.add(new MethodResult.Panicked(p));
        } else {
            results.add(new MethodResult.Returned(((Value.StringValue) goResults.get(0)).value()));
        }
    }

    /** The finished text (and for Errorf the accepted %w verbs). */
    public Formatted.Done done() {
        return done;
    }

    private String name() {
        return switch (kind) {
            case PRINT -> "fmt.Sprint";
            case PRINTLN -> "fmt.Sprintln";
            case PRINTF -> "fmt.Sprintf";
            case ERRORF -> "fmt.Errorf";
        };
    }

    private Formatted run() {
        return switch (kind) {
            case PRINT -> Fmt.sprint(host.version(), args, results);
            case PRINTLN -> Fmt.sprintln(host.version(), args, results);
            case PRINTF -> Fmt.sprintf(host.version(), format, args, results);
            case ERRORF -> Fmt.errorf(host.version(), format, args, results);
        };
    }
}

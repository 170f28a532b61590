package defercheck.semantics;

import defercheck.ir.Builtin;
import defercheck.ir.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * One call of the builtins fmt.Print, Println, Printf, Sprint, Sprintln or Sprintf as a native call: a
 * {@link FmtRun}, then the text written or returned.
 */
final class FmtCall implements NativeCall {
    /** The Go function the lowering adds for programs that call fmt (LibraryWrappers). */
    static final String HANDLE_METHODS = FmtRun.HANDLE_METHODS;

    private final Builtin builtin;
    private final int resultCount;
    private final FmtRun run;

    FmtCall(Builtin builtin, List<Value> values, int resultCount, Host host) {
        this.builtin = builtin;
        this.resultCount = resultCount;
        boolean printf = builtin == Builtin.FMT_PRINTF || builtin == Builtin.FMT_SPRINTF;
        String format = printf ? ((Value.StringValue) values.get(0)).value() : null;
        FmtRun.Kind kind = printf ? FmtRun.Kind.PRINTF
                : builtin == Builtin.FMT_PRINTLN || builtin == Builtin.FMT_SPRINTLN ? FmtRun.Kind.PRINTLN
                : FmtRun.Kind.PRINT;
        this.run = new FmtRun(kind, format, values.subList(printf ? 1 : 0, values.size()), host);
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
        Step s = run.step(goResults);
        if (s != null) {
            if (s instanceof Step.Refused r && r.reason().contains("printing an address")) {
                return new Step.Refused(builtin.goName() + " printing an address (real addresses vary from run to run)");
            } else if (s instanceof Step.Refused r && r.reason().endsWith(ProgramCounters.PRINTING)) {
                return new Step.Refused(builtin.goName() + " " + ProgramCounters.PRINTING);
            }
            return s;
        }
        String text = run.done().text();
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

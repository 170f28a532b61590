package defercheck.properties;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.ResultKind;
import defercheck.semantics.Event;
import defercheck.semantics.Outcome;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The built-in properties (rules 1 to 9 of docs/semantics.md), checked over every run of a bound by the tests. */
public final class BuiltinProperties {
    private BuiltinProperties() {
    }

    public static final Property RUNS_AT_MOST_ONCE = new Property("defer-runs-at-most-once", Property.Kind.ALWAYS,
            "no deferred call starts twice: every start is of a call pushed earlier and not started yet (the"
                    + " very call object, not one of the same function, site and instance)",
            r -> DeferStarts.firstRestart(r) == null);

    public static final Property LIFO = new Property("lifo", Property.Kind.ALWAYS,
            "within a frame deferred calls start in reverse push order, and a frame's deferred calls all start"
                    + " before any call deferred by a frame it was called from",
            r -> DeferOrder.firstViolation(r) == null);

    public static final Property EVERY_DEFER_RUNS = new Property("every-defer-runs", Property.Kind.ALWAYS,
            "every pushed deferred call (each call object) starts, unless os.Exit, a stack overflow or the step"
                    + " budget ended the program", BuiltinProperties::everyDeferRuns);

    public static final Property NAMED_RESULT_VISIBLE = new Property("named-result-write-visible",
            Property.Kind.ALWAYS, "the caller receives the last value written to a named result, whether the"
                    + " function's body or one of its deferred calls wrote it",
            r -> ResultSlots.holds(r, ResultSlots.Rule.NAMED_SEES_LAST_WRITE));

    public static final Property UNNAMED_RESULT_KEPT = new Property("unnamed-result-kept", Property.Kind.ALWAYS,
            "deferred calls cannot change an unnamed result: the caller receives what the return statement"
                    + " assigned, or zero when none ran",
            r -> ResultSlots.holds(r, ResultSlots.Rule.UNNAMED_KEEPS_RETURN_VALUE));

    public static final Property DEFERRED_WRITE_SEEN = new Property("deferred-write-changes-named-result",
            Property.Kind.SOMETIMES, "a deferred call changes a named result after the return statement set it,"
                    + " and the caller receives the new value", BuiltinProperties::deferredWriteSeen);

    public static final Property NESTED_PANICS_PRINT = new Property("older-panic-prints", Property.Kind.SOMETIMES,
            "a crash prints an older, superseded panic before the newest one", r ->
            r.outcome().kind() == Outcome.Kind.PANIC_CRASH && r.outcome().stderr().contains("\n\tpanic: "));

    public static final List<Property> ALL = List.of(RUNS_AT_MOST_ONCE, LIFO, EVERY_DEFER_RUNS,
            NAMED_RESULT_VISIBLE, UNNAMED_RESULT_KEPT, DEFERRED_WRITE_SEEN, NESTED_PANICS_PRINT);

    private static boolean everyDeferRuns(Run r) {
        Outcome.Kind k = r.outcome().kind();
        if (k == Outcome.Kind.OS_EXIT || k == Outcome.Kind.STACK_OVERFLOW || k == Outcome.Kind.STEP_LIMIT) {
            return true;
        }
        return DeferStarts.firstNeverStarted(r) == null;
    }

    /** The abstract machine's ReturnStarted holds the slots as return set them; Returned what the caller got. */
    private static boolean deferredWriteSeen(Run r) {
        Set<String> named = new HashSet<>();
        List<CoreFunction> fns = r.core().functions();
        for (int i = 1; i < fns.size(); i++) {
            if (fns.get(i).result() == ResultKind.NAMED) {
                named.add("main.f" + i);
            }
        }
        Map<String, List<String>> atReturn = new HashMap<>();
        for (Event e : r.events()) {
            if (e instanceof Event.ReturnStarted rs && named.contains(rs.function())) {
                atReturn.put(rs.function(), rs.results());
            } else if (e instanceof Event.Returned ret && atReturn.containsKey(ret.function())
                    && !ret.results().equals(atReturn.remove(ret.function()))) {
                return true;
            }
        }
        return false;
    }
}

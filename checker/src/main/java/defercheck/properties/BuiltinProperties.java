package defercheck.properties;

import defercheck.core.CoreFunction;
import defercheck.core.ResultKind;
import defercheck.semantics.Event;
import defercheck.semantics.Outcome;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The built-in properties (GO_DEFER_FACTS §0-§1), checked over every run of a bound by the tests. */
public final class BuiltinProperties {
    private BuiltinProperties() {
    }

    public static final Property RUNS_AT_MOST_ONCE = new Property("defer-runs-at-most-once", Property.Kind.ALWAYS,
            "no deferred call (site, instance, frame) starts twice", BuiltinProperties::atMostOnce);

    public static final Property LIFO = new Property("lifo", Property.Kind.ALWAYS,
            "within a frame deferred calls start in reverse push order, and inner frames' before outer ones'",
            BuiltinProperties::lifo);

    public static final Property EVERY_DEFER_RUNS = new Property("every-defer-runs", Property.Kind.ALWAYS,
            "every pushed deferred call starts, unless os.Exit or a fatal error ended the program",
            BuiltinProperties::everyDeferRuns);

    public static final Property NAMED_RESULT_VISIBLE = new Property("named-result-write-visible",
            Property.Kind.SOMETIMES, "a deferred closure's write to a named result reaches the caller",
            r -> returns(r, ResultKind.NAMED) && r.core().toString().contains("SetResult"));

    public static final Property NESTED_PANICS_PRINT = new Property("older-panic-prints", Property.Kind.SOMETIMES,
            "a crash prints an older, superseded panic before the newest one", r ->
            r.outcome().kind() == Outcome.Kind.PANIC_CRASH && r.outcome().stderr().contains("\n\tpanic: "));

    public static final List<Property> ALL = List.of(RUNS_AT_MOST_ONCE, LIFO, EVERY_DEFER_RUNS,
            NAMED_RESULT_VISIBLE, NESTED_PANICS_PRINT);

    /** Keys each started call by its frame's invocation: core programs never recurse, so one is live per name. */
    private static boolean atMostOnce(Run r) {
        Set<String> seen = new HashSet<>();
        Map<String, Integer> invocation = new HashMap<>();
        for (Event e : r.events()) {
            if (e instanceof Event.Called c) {
                invocation.merge(c.function(), 1, Integer::sum);
            } else if (e instanceof Event.DeferredCallStarted d) {
                String key = d.frame() + "/" + invocation.getOrDefault(d.frame(), 0) + "#" + d.site() + "#" + d.instance();
                if (!seen.add(key)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Each frame name's pending calls as a stack; a started call must be the top of its frame's stack. */
    private static boolean lifo(Run r) {
        Map<String, Deque<String>> pending = new HashMap<>();
        for (Event e : r.events()) {
            if (e instanceof Event.DeferPushed p) {
                pending.computeIfAbsent(p.frame(), k -> new ArrayDeque<>()).push(p.call());
            } else if (e instanceof Event.DeferredCallStarted d) {
                Deque<String> stack = pending.get(d.frame());
                if (stack == null || stack.isEmpty() || !stack.pop().equals(d.call())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean everyDeferRuns(Run r) {
        Outcome.Kind k = r.outcome().kind();
        if (k == Outcome.Kind.OS_EXIT || k == Outcome.Kind.STACK_OVERFLOW || k == Outcome.Kind.STEP_LIMIT) {
            return true;
        }
        return r.all(Event.DeferPushed.class).size() == r.all(Event.DeferredCallStarted.class).size();
    }

    private static boolean returns(Run r, ResultKind kind) {
        List<String> names = new ArrayList<>();
        List<CoreFunction> fns = r.core().functions();
        for (int i = 1; i < fns.size(); i++) {
            if (fns.get(i).result() == kind) {
                names.add("main.f" + i);
            }
        }
        for (Event.Returned ret : r.all(Event.Returned.class)) {
            if (names.contains(ret.function()) && !ret.results().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}

package defercheck.properties;

import defercheck.coreprogram.ResultKind;
import defercheck.plan.Allocation;
import defercheck.plan.DeferPlanner;
import defercheck.plan.SitePlan;
import defercheck.semantics.Event;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Five claims often made about defer (docs/semantics.md), each with the kind of run that decides it. */
public final class Claims {
    private Claims() {
    }

    public static final List<Claim> ALL = List.of(
            new Claim(1, "Go 1.14 introduced stack-allocated defers; open-coded defers came with Go 1.17+",
                    Claim.Verdict.REFUTED, "stack records are Go 1.13 and open-coded defers Go 1.14",
                    r -> has(r, 13, Allocation.STACK) && has(r, 14, Allocation.OPEN_CODED)),
            new Claim(2, "before 1.14 a loop defer allocated a heap object per iteration, appended to a list: quadratic",
                    Claim.Verdict.IMPRECISE, "loop defers are heap records in every version, prepended to g._defer (O(1))",
                    r -> has(r, 23, Allocation.HEAP) && r.core().toString().contains("LOOP")),
            new Claim(3, "once a panic bubbles up from a deferred function, remaining defers in that frame are skipped",
                    Claim.Verdict.REFUTED, "the frame's other deferred calls and outer frames' still run",
                    Claims::deferRunsAfterPanickingDefer),
            new Claim(4, "a deferred panic without recover replaces the original panic value",
                    Claim.Verdict.IMPRECISE, "the old panic is aborted but still printed first, tab-indented newer after",
                    Claims::twoDifferentPanicsPrinted),
            new Claim(5, "with unnamed returns the value is copied into a temporary before defers run",
                    Claim.Verdict.IMPRECISE, "return v assigns the result slots, named or unnamed, before the defers run;"
                            + " unnamed slots just have no name a closure could write",
                    Claims::unnamedReturnKeptThroughRecoveredDeferPanic));

    private static boolean has(Run r, int minor, Allocation a) {
        for (SitePlan s : DeferPlanner.sites(r.program(), new GoVersion(minor))) {
            if (s.allocation() == a) {
                return true;
            }
        }
        return false;
    }

    /**
     * A deferred panic(v) starts in frame F, afterwards another deferred call of F starts, and something is
     * printed after that: the output itself shows that the remaining defer ran.
     */
    private static boolean deferRunsAfterPanickingDefer(Run r) {
        String panickingFrame = null;
        boolean laterDeferStarted = false;
        for (Event e : r.events()) {
            if (e instanceof Event.DeferredCallStarted d) {
                if (panickingFrame != null && d.frame().equals(panickingFrame)) {
                    laterDeferStarted = true;
                } else if (d.call().startsWith("panic(")) {
                    panickingFrame = d.frame();
                }
            } else if (e instanceof Event.Output && laterDeferStarted) {
                return true;
            }
        }
        return false;
    }

    /** The crash text lists two panics with different values, the older one first. */
    private static boolean twoDifferentPanicsPrinted(Run r) {
        if (r.outcome().kind() != Outcome.Kind.PANIC_CRASH) {
            return false;
        }
        List<String> values = new ArrayList<>();
        for (String line : r.outcome().stderr().split("\n")) {
            if (line.startsWith("panic: ") || line.startsWith("\tpanic: ")) {
                values.add(line.substring(line.indexOf("panic: ") + 7).replace(" [recovered]", ""));
            }
        }
        return values.size() >= 2 && new HashSet<>(values).size() == values.size();
    }

    /**
     * An unnamed-result function ends with {@code return v}; one of its deferred calls panics and another
     * recovers; the caller still gets v. The slot was assigned by return before the defers ran, and it is
     * the slot, not a temporary copy, that the function returns.
     */
    private static boolean unnamedReturnKeptThroughRecoveredDeferPanic(Run r) {
        if (r.all(Event.RecoverCalled.class).stream().allMatch(rc -> rc.result().equals("nil"))) {
            return false;
        }
        for (int i = 1; i < r.core().functions().size(); i++) {
            var f = r.core().function(i);
            if (f.result() == ResultKind.UNNAMED && !f.body().isEmpty()
                    && f.body().get(f.body().size() - 1) instanceof defercheck.coreprogram.CoreStmt.Return ret
                    && returnedAfterDeferredPanic(r, "main.f" + i, String.valueOf(ret.value()))) {
                return true;
            }
        }
        return false;
    }

    /** The returned value also differs from every recovered value, so the output cannot be misread. */
    private static boolean returnedAfterDeferredPanic(Run r, String frame, String value) {
        boolean deferredPanic = r.all(Event.DeferredCallStarted.class).stream()
                .anyMatch(d -> d.frame().equals(frame) && d.call().startsWith("panic("));
        if (r.all(Event.RecoverCalled.class).stream().anyMatch(rc -> rc.result().equals(value))) {
            return false;
        }
        return deferredPanic && r.all(Event.Returned.class).stream()
                .anyMatch(e -> e.function().equals(frame) && e.results().equals(List.of(value)));
    }
}

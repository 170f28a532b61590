package defercheck.properties;

import defercheck.core.ResultKind;
import defercheck.plan.Allocation;
import defercheck.plan.DeferPlanner;
import defercheck.plan.SitePlan;
import defercheck.semantics.Event;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import java.util.List;

/** The origin document's claims, each with the kind of run that decides it. */
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
                    r -> r.outcome().kind() == Outcome.Kind.PANIC_CRASH && r.outcome().stderr().contains("\n\tpanic: ")),
            new Claim(5, "with unnamed returns the value is copied into a temporary before defers run",
                    Claim.Verdict.IMPRECISE, "named and unnamed: return v assigns the result slots before defers run",
                    Claims::namedReturnKeptThroughRecoveredDeferPanic));

    private static boolean has(Run r, int minor, Allocation a) {
        for (SitePlan s : DeferPlanner.sites(r.program(), new GoVersion(minor))) {
            if (s.allocation() == a) {
                return true;
            }
        }
        return false;
    }

    /** A deferred panic(v) starts in frame F and afterwards another deferred call of F starts. */
    private static boolean deferRunsAfterPanickingDefer(Run r) {
        String panickingFrame = null;
        for (Event.DeferredCallStarted d : r.all(Event.DeferredCallStarted.class)) {
            if (panickingFrame != null && d.frame().equals(panickingFrame)) {
                return true;
            }
            if (d.call().startsWith("panic(")) {
                panickingFrame = d.frame();
            }
        }
        return false;
    }

    /** A named-result function ends with {@code return v}, a deferred panic is recovered, and v comes back. */
    private static boolean namedReturnKeptThroughRecoveredDeferPanic(Run r) {
        boolean recovered = false;
        for (Event.RecoverCalled rc : r.all(Event.RecoverCalled.class)) {
            recovered |= !rc.result().equals("nil");
        }
        if (!recovered) {
            return false;
        }
        for (int i = 1; i < r.core().functions().size(); i++) {
            var f = r.core().function(i);
            if (f.result() == ResultKind.NAMED && !f.body().isEmpty()
                    && f.body().get(f.body().size() - 1) instanceof defercheck.core.Stmt.Return ret) {
                for (Event.Returned e : r.all(Event.Returned.class)) {
                    if (e.function().equals("main.f" + i) && e.results().equals(List.of(String.valueOf(ret.value())))) {
                        String frame = "main.f" + i;
                        return r.all(Event.DeferredCallStarted.class).stream()
                                .anyMatch(d -> d.frame().equals(frame) && d.call().startsWith("panic("));
                    }
                }
            }
        }
        return false;
    }
}

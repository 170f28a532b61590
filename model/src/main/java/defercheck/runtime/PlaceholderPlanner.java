package defercheck.runtime;

import defercheck.ir.Function;
import defercheck.source.GoVersion;

/**
 * PLACEHOLDER for {@code defercheck.plan.DeferPlanner}, which another branch is writing: the real
 * compiler's per-site choice for a Go version, reduced to the main rules of GO_DEFER_FACTS §4
 * (ssagen's open-coding test: no loop defers, at most 8 defers, returns × defers ≤ 15). It ignores the
 * rarer conditions (escaping named results, -N, race). Swap it for DeferPlanner once that is merged.
 */
public final class PlaceholderPlanner implements AllocationPlan {
    private final GoVersion version;

    public PlaceholderPlanner(GoVersion version) {
        this.version = version;
    }

    @Override
    public FramePlan plan(Function fn) {
        if (!version.atLeast(13)) {
            return ForcedPlans.HEAP.plan(fn);
        }
        if (!version.atLeast(14) || !ForcedPlans.openEligible(fn)) {
            return ForcedPlans.records(fn);
        }
        // Mirrors ssagen's "s.curfn.NumReturns*s.curfn.NumDefers > 15" test.
        int returns = fn.returnStatements();
        if (returns * fn.deferSites().size() > 15) {
            return ForcedPlans.records(fn);
        }
        return ForcedPlans.allOpen(fn);
    }
}

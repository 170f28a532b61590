package defercheck.runtime;

import defercheck.ir.DeferSite;
import defercheck.ir.Function;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Plans that force every eligible site into one strategy, so a machine is exercised as widely as it can
 * be. Loop defers stay heap records everywhere, as they do in every Go version.
 */
public final class ForcedPlans {

    private ForcedPlans() {
    }

    /** Go ≤ 1.12: every site is a heap record. */
    public static final AllocationPlan HEAP = fn -> new FramePlan(false,
            Collections.nCopies(fn.deferSites().size(), SiteAllocation.HEAP));

    /** Go 1.13 style: stack records for sites outside loops, heap records for loop sites. */
    public static final AllocationPlan STACK = ForcedPlans::records;

    /** Every frame without loop defers (and with at most 8 sites) open-coded; the rest as {@link #STACK}. */
    public static final AllocationPlan OPEN = fn -> openEligible(fn) ? allOpen(fn) : records(fn);

    static FramePlan records(Function fn) {
        List<SiteAllocation> out = new ArrayList<>();
        for (DeferSite s : fn.deferSites()) {
            out.add(s.inLoop() ? SiteAllocation.HEAP : SiteAllocation.STACK);
        }
        return new FramePlan(false, out);
    }

    static FramePlan allOpen(Function fn) {
        return new FramePlan(true, Collections.nCopies(fn.deferSites().size(), SiteAllocation.OPEN_CODED));
    }

    static boolean openEligible(Function fn) {
        List<DeferSite> sites = fn.deferSites();
        return !sites.isEmpty() && sites.size() <= 8 && sites.stream().noneMatch(DeferSite::inLoop);
    }
}

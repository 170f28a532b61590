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
    public static final AllocationPlan HEAP = fn -> Shapes.HEAP.of(fn);

    /** Go 1.13 style: stack records for sites outside loops, heap records for loop sites. */
    public static final AllocationPlan STACK = ForcedPlans::records;

    /** Every frame without loop defers (and with at most 8 sites) open-coded; the rest as {@link #STACK}. */
    public static final AllocationPlan OPEN = fn -> openEligible(fn) ? allOpen(fn) : records(fn);

    static FramePlan records(Function fn) {
        return Shapes.RECORDS.of(fn);
    }

    static FramePlan allOpen(Function fn) {
        return Shapes.OPEN.of(fn);
    }

    static boolean openEligible(Function fn) {
        List<DeferSite> sites = fn.deferSites();
        if (sites.isEmpty() || sites.size() > 8) {
            return false;
        }
        if (fn.callsDeferRangeFunc()) {
            return false;
        }
        for (DeferSite s : sites) {
            if (s.inLoop()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A forced plan depends only on how many sites a function has and which are in loops, so the explorer,
     * which asks for it per machine and per function of every program, gets it from a table instead of
     * building it again. Functions with more sites than the table holds are planned afresh.
     */
    private enum Shapes {
        HEAP, RECORDS, OPEN;

        private static final int MAX_SITES = 10;
        private final java.util.concurrent.atomic.AtomicReferenceArray<FramePlan> table =
                new java.util.concurrent.atomic.AtomicReferenceArray<>((MAX_SITES + 1) << MAX_SITES);

        FramePlan of(Function fn) {
            List<DeferSite> sites = fn.deferSites();
            int n = sites.size();
            if (n > MAX_SITES) {
                return build(sites);
            }
            int loops = 0;
            for (int i = 0; i < n; i++) {
                if (sites.get(i).inLoop()) {
                    loops |= 1 << i;
                }
            }
            int key = n << MAX_SITES | loops;
            FramePlan p = table.get(key);
            if (p == null) {
                p = build(sites);
                table.set(key, p);
            }
            return p;
        }

        private FramePlan build(List<DeferSite> sites) {
            return switch (this) {
                case HEAP -> new FramePlan(false, Collections.nCopies(sites.size(), SiteAllocation.HEAP));
                case OPEN -> new FramePlan(true, Collections.nCopies(sites.size(), SiteAllocation.OPEN_CODED));
                case RECORDS -> {
                    List<SiteAllocation> out = new ArrayList<>();
                    for (DeferSite s : sites) {
                        out.add(s.inLoop() ? SiteAllocation.HEAP : SiteAllocation.STACK);
                    }
                    yield new FramePlan(false, out);
                }
            };
        }
    }
}

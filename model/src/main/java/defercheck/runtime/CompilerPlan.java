package defercheck.runtime;

import defercheck.ir.Function;
import defercheck.ir.Program;
import defercheck.plan.DeferPlanner;
import defercheck.plan.FunctionPlan;
import defercheck.plan.SitePlan;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real compiler's per-site choice for one program and Go version, from {@link DeferPlanner} (the
 * same decisions {@code defercheck plan} prints). Sites the compiler never emits (dead code) get a heap
 * record here, which no run reaches.
 */
public final class CompilerPlan implements AllocationPlan {
    private final Map<Integer, FramePlan> byFunction = new HashMap<>();

    public CompilerPlan(Program program, GoVersion version) {
        List<FunctionPlan> plans = DeferPlanner.plan(program, version);
        Map<Integer, SiteAllocation[]> sites = new HashMap<>();
        for (SitePlan s : DeferPlanner.sites(program, version, plans)) {
            SiteAllocation[] row = sites.computeIfAbsent(s.function(),
                    id -> new SiteAllocation[program.function(id).deferSites().size()]);
            row[s.site()] = SiteAllocation.valueOf(s.allocation().name());
        }
        for (FunctionPlan fp : plans) {
            Function fn = program.function(fp.function());
            int n = fn.deferSites().size();
            if (fp.openCoded()) {
                byFunction.put(fn.id(), new FramePlan(true, Collections.nCopies(n, SiteAllocation.OPEN_CODED)));
                continue;
            }
            SiteAllocation[] row = sites.getOrDefault(fn.id(), new SiteAllocation[n]);
            List<SiteAllocation> list = new ArrayList<>(n);
            for (SiteAllocation a : row) {
                list.add(a == null || a == SiteAllocation.OPEN_CODED ? SiteAllocation.HEAP : a);
            }
            byFunction.put(fn.id(), new FramePlan(false, list));
        }
    }

    @Override
    public FramePlan plan(Function fn) {
        FramePlan p = byFunction.get(fn.id());
        return p != null ? p : ForcedPlans.records(fn);
    }
}

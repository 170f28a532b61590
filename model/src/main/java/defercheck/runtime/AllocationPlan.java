package defercheck.runtime;

import defercheck.ir.Function;

/**
 * Decides, per function, what the compiler does with each defer site. A stand-in for
 * {@code defercheck.plan.DeferPlanner} (branch {@code plan}) until it is merged; see {@link PlaceholderPlanner}.
 */
@FunctionalInterface
public interface AllocationPlan {

    FramePlan plan(Function fn);
}

package defercheck.runtime;

import defercheck.ir.Function;

/**
 * Decides, per function, what the compiler does with each defer site: {@link CompilerPlan} for the real
 * toolchain's choice, {@link ForcedPlans} to force one strategy everywhere it is allowed.
 */
@FunctionalInterface
public interface AllocationPlan {

    FramePlan plan(Function fn);
}

package defercheck.fast;

import defercheck.source.GoVersion;
import java.util.Arrays;

/**
 * Which frames are open-coded and which sites get stack or heap records, for one machine and the program
 * in a {@link FastCode}: the forced plans of runtime/ForcedPlans and the real compiler's choice of
 * plan/DeferPlanner as runtime/CompilerPlan applies it. For core programs the planner's rules reduce to
 * what {@link #compiler} computes: core programs have no dead defer sites, no constant-false guards and at
 * most one explicit return per function, and a named result escapes only when a closure that writes it
 * is deferred inside a loop. FastPlanTest checks the reduction against the reference planner.
 */
final class FastPlan {
    static final int OPEN_CODED = 0;
    static final int STACK = 1;
    static final int HEAP = 2;

    enum Shape { HEAP, STACK, OPEN, COMPILER }

    private final Shape shape;
    private final GoVersion version;
    boolean[] openCoded = new boolean[16];
    int[] allocation = new int[32];

    FastPlan(Shape shape, GoVersion version) {
        this.shape = shape;
        this.version = version;
    }

    void fill(FastCode code) {
        if (openCoded.length < code.functions) {
            openCoded = new boolean[2 * code.functions];
        }
        if (allocation.length < code.sites) {
            allocation = new int[2 * code.sites];
        }
        for (int f = 0; f < code.functions; f++) {
            boolean open = code.sitesOf(f) > 0 && open(code, f);
            openCoded[f] = open;
            for (int s = code.siteStart[f]; s < code.siteStart[f + 1]; s++) {
                allocation[s] = open ? OPEN_CODED : shape == Shape.HEAP || code.inLoop[s] || earlyHeap() ? HEAP : STACK;
            }
        }
    }

    /** Go 1.12's compiler had only heap records. */
    private boolean earlyHeap() {
        return shape == Shape.COMPILER && !version.atLeast(13);
    }

    private boolean open(FastCode code, int f) {
        return switch (shape) {
            case HEAP, STACK -> false;
            case OPEN -> code.sitesOf(f) <= FastCode.MAX_SITES && !anyInLoop(code, f);
            case COMPILER -> compilerOpenCodes(code, f);
        };
    }

    /** DeferPlanner.whyNotOpenCoded is empty: 1.14+, at most 8 defers, none in a loop, result on stack, R×D ≤ 15. */
    private boolean compilerOpenCodes(FastCode code, int f) {
        int defers = code.sitesOf(f);
        return version.atLeast(14) && defers <= 8 && !anyInLoop(code, f)
                && !(code.result[f] == FastCode.R_NAMED && code.resultEscapes[f])
                && code.returns[f] * defers <= 15;
    }

    private static boolean anyInLoop(FastCode code, int f) {
        for (int s = code.siteStart[f]; s < code.siteStart[f + 1]; s++) {
            if (code.inLoop[s]) {
                return true;
            }
        }
        return false;
    }

    /** Whether both plans make the same choices for {@code code}: then one machine's run stands for both's. */
    boolean samePlan(FastPlan other, FastCode code) {
        for (int f = 0; f < code.functions; f++) {
            if (openCoded[f] != other.openCoded[f]) {
                return false;
            }
        }
        return Arrays.equals(allocation, 0, code.sites, other.allocation, 0, code.sites);
    }

    @Override
    public String toString() {
        return shape.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** This plan's choice for every site of function {@code f}, for tests and reports. */
    int[] sitesOf(FastCode code, int f) {
        return Arrays.copyOfRange(allocation, code.siteStart[f], code.siteStart[f + 1]);
    }
}

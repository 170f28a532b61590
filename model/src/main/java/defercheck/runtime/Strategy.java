package defercheck.runtime;

import defercheck.source.GoVersion;

/**
 * The registry of machines: an explicit table, no reflection. A forced strategy puts every eligible
 * site into it (loop defers stay heap records, as in every Go version). {@link #real(GoVersion)} is the
 * combination the real compiler and runtime use for a version.
 */
public enum Strategy {
    ABSTRACT("abstract", "the abstract semantics (docs/semantics.md)", null, false, 12, 23),
    HEAP("heap", "heap _defer records, deferproc/deferreturn, gopanic with started (Go <= 1.12)",
            ForcedPlans.HEAP, false, 12, 21),
    STACK("stack", "deferprocStack records in frames, heap records for loop defers (Go 1.13)",
            ForcedPlans.STACK, false, 12, 21),
    OPEN("open", "open-coded deferBits and slots, synthetic records sorted by sp (Go 1.14-1.21)",
            ForcedPlans.OPEN, false, 14, 21),
    PANICLOOP("panicloop", "_panic.start/nextDefer/nextFrame, recovery by startSP (Go 1.22+)",
            ForcedPlans.OPEN, true, 22, 23);

    private final String id;
    private final String description;
    private final AllocationPlan plan;
    private final boolean panicLoop;
    private final int oldestVersion;
    private final int newestVersion;

    Strategy(String id, String description, AllocationPlan plan, boolean panicLoop, int oldestVersion,
             int newestVersion) {
        this.id = id;
        this.description = description;
        this.plan = plan;
        this.panicLoop = panicLoop;
        this.oldestVersion = oldestVersion;
        this.newestVersion = newestVersion;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /**
     * Whether this machine's runtime can stand for {@code version}. The Goexit rules are visible and
     * changed twice: before 1.14 a recovered panic aborts Goexit (#29226), so the open-coded runtime is
     * not run there; from 1.14 to 1.21 gopanic protects Goexit only from the panic directly above it, while
     * 1.22's recovery walks every panic (GoVersion#recoveryResumesGoexit; the corpus program
     * goexit/goexit_lost_after_two_recursive_panics.go shows both on real toolchains). So the gopanic-loop
     * machines stand for 1.12 to 1.21 and the panic-loop machine for 1.22 on.
     */
    public boolean applicable(GoVersion version) {
        return version.atLeast(oldestVersion) && version.minor() <= newestVersion;
    }

    /** The Go releases this machine's runtime stands for, such as {@code 1.12–1.21}. */
    public String versions() {
        return "1." + oldestVersion + "–1." + newestVersion;
    }

    /** The machine with every eligible site forced into this strategy; null for {@link #ABSTRACT}. */
    public MachineConfig forced() {
        if (plan == null) {
            return null;
        }
        return new MachineConfig(id, plan, panicLoop, java.util.Set.of());
    }

    /**
     * The real toolchain's combination for a program: 1.12 heap, 1.13 stack+heap, 1.14-1.21
     * open+stack+heap and 1.22+ the panic loop, each site as {@link CompilerPlan} decides.
     */
    public static MachineConfig real(defercheck.ir.Program program, GoVersion version) {
        return new MachineConfig(realName(version), new CompilerPlan(program, version), version.atLeast(22),
                java.util.Set.of());
    }

    /** The name of {@link #real}'s machine, which depends on the version alone. */
    public static String realName(GoVersion version) {
        return "go" + version + (version.atLeast(22) ? " (panicloop runtime)" : version.atLeast(14) ? " (open+stack+heap)"
                : version.atLeast(13) ? " (stack+heap)" : " (heap)");
    }

    public static Strategy byId(String id) {
        for (Strategy s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown strategy '" + id + "'");
    }
}

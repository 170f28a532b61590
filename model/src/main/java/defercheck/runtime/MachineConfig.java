package defercheck.runtime;

import java.util.EnumSet;
import java.util.Set;

/**
 * How to build one strategy machine: the per-site plan, which panic runtime runs it (the 1.12–1.21
 * gopanic with _defer.started, or the 1.22 panic loop), and any flaws (for mutants).
 */
public record MachineConfig(String name, AllocationPlan plan, boolean panicLoop, Set<Flaw> flaws) {

    public MachineConfig {
        flaws = flaws.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flaws));
    }

    public boolean has(Flaw f) {
        return flaws.contains(f);
    }

    public MachineConfig withFlaw(Flaw f, String newName) {
        EnumSet<Flaw> all = flaws.isEmpty() ? EnumSet.noneOf(Flaw.class) : EnumSet.copyOf(flaws);
        all.add(f);
        return new MachineConfig(newName, plan, panicLoop, all);
    }
}

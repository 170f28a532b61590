package defercheck.explore;

import defercheck.ir.Program;
import defercheck.runtime.Comparison;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.Mutant;
import defercheck.semantics.Limits;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The machines one exploration runs on every program: the abstract semantics as reference, then every
 * strategy applicable to the Go version and the version's real combination; or, with a mutant, the
 * abstract semantics against the mutant alone.
 */
public final class MachineSuite {
    /** Core programs never recurse, so a small budget is never reached by a correct machine. */
    public static final Limits LIMITS = new Limits(200_000, 2_000);
    private final GoVersion version;
    private final Mutant mutant;

    public MachineSuite(GoVersion version, Mutant mutant) {
        if (mutant != null && !mutant.machine().applicable(version)) {
            throw new IllegalArgumentException("mutant " + mutant.id() + " lives in the " + mutant.machine().id()
                    + " machine, which does not run for Go " + version);
        }
        this.version = version;
        this.mutant = mutant;
    }

    public GoVersion version() {
        return version;
    }

    public Mutant mutant() {
        return mutant;
    }

    public List<MachineConfig> machines(Program p) {
        return mutant != null ? List.of(mutant.config()) : Comparison.applicableMachines(p, version);
    }

    public Comparison compare(Program p) {
        return Comparison.run(p, version, LIMITS, machines(p));
    }

    /**
     * The names of the machines every program is compared on, reference first: the same for every program,
     * since they depend on the version (or the mutant) alone.
     */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        out.add("abstract");
        if (mutant != null) {
            out.add(mutant.config().name());
        } else {
            out.addAll(Comparison.applicableMachineNames(version));
        }
        return out;
    }
}

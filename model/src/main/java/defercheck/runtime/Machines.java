package defercheck.runtime;

import defercheck.ir.Program;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.Limits;
import defercheck.semantics.Machine;
import defercheck.semantics.MachineListener;
import defercheck.source.GoVersion;

/** Builds the machine a run asks for, ready at the program's entry. */
public final class Machines {

    private Machines() {
    }

    /** The strategy machine {@code config} describes (a mutant's included), or the abstract semantics when null. */
    public static Machine create(Program program, GoVersion version, Limits limits, MachineConfig config,
                                 MachineListener listener) {
        return config == null ? new AbstractMachine(program, version, limits, listener)
                : new RuntimeMachine(program, version, limits, config, listener);
    }
}

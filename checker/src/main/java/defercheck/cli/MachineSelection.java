package defercheck.cli;

import defercheck.ir.Program;
import defercheck.runtime.Comparison;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.MachineRun;
import defercheck.runtime.Mutant;
import defercheck.semantics.Limits;
import defercheck.source.GoVersion;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code run --strategy all}: the abstract semantics and every applicable machine (and a mutant), compared. */
final class MachineSelection {

    private MachineSelection() {
    }

    static int compareAll(Program program, GoVersion version, Limits limits, Mutant mutant, boolean cost,
                          PrintWriter out) {
        List<MachineConfig> machines = new ArrayList<>(Comparison.applicableMachines(program, version));
        if (mutant != null) {
            machines.add(mutant.config());
        }
        Comparison cmp = Comparison.run(program, version, limits, machines);
        out.print(cmp.report());
        if (cost) {
            for (MachineRun r : cmp.runs()) {
                if (r.cost() != null) {
                    out.println("== cost (" + r.machine() + "): " + r.cost().render());
                }
            }
        }
        out.flush();
        return cmp.agrees() ? cmp.reference().outcome().exitCode() : Main.EX_SOFTWARE;
    }
}

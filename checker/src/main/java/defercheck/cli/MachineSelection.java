package defercheck.cli;

import defercheck.ir.Program;
import defercheck.runtime.Comparison;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.MachineRun;
import defercheck.runtime.Mutant;
import defercheck.semantics.Limits;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code run --strategy all}: the abstract semantics and every applicable machine (and a mutant), compared. */
final class MachineSelection {

    private MachineSelection() {
    }

    /**
     * The program's own stdout and stderr once (the reference's; when the machines agree they are every
     * machine's), then on stderr the verdict and the costs. Exit: the program's code when all agree, else 70.
     */
    static int compareAll(Program program, GoVersion version, Limits limits, Mutant mutant, boolean cost,
                          PrintWriter out, PrintWriter err) {
        List<MachineConfig> machines = new ArrayList<>(Comparison.applicableMachines(program, version));
        if (mutant != null) {
            machines.add(mutant.config());
        }
        Comparison cmp = Comparison.run(program, version, limits, machines);
        Outcome o = cmp.reference().outcome();
        // the program's output is bytes (a Go string's chars are its bytes): written as they are, as plain run does
        ByteWriter.writeBytes(out, o.stdout());
        ByteWriter.writeBytes(err, o.stderr());
        if (cmp.agrees()) {
            err.println("== all " + cmp.runs().size() + " machines agree ("
                    + String.join(", ", cmp.runs().stream().map(MachineRun::machine).toList()) + "); exit code "
                    + o.exitCode() + " is the program's");
        } else {
            err.println("== the machines differ (exit code " + Main.EX_SOFTWARE + "); the program's output above is"
                    + " the abstract semantics'");
            err.print(cmp.report());
        }
        if (cost) {
            for (MachineRun r : cmp.runs()) {
                if (r.cost() != null) {
                    err.println("== cost (" + r.machine() + "): " + r.cost().render());
                }
            }
        }
        err.flush();
        return cmp.agrees() ? o.exitCode() : Main.EX_SOFTWARE;
    }
}

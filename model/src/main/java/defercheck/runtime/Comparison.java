package defercheck.runtime;

import defercheck.ir.Program;
import defercheck.semantics.Limits;
import defercheck.semantics.Machine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the abstract semantics and strategy machines on one program and compares their observables.
 * The abstract semantics is the reference column of every divergence report.
 */
public final class Comparison {
    private final List<MachineRun> runs;

    private Comparison(List<MachineRun> runs) {
        this.runs = List.copyOf(runs);
    }

    /** Every machine that applies to {@code version}: each forced strategy, then the real combination. */
    public static List<MachineConfig> applicableMachines(Program program, GoVersion version) {
        List<MachineConfig> out = new ArrayList<>();
        for (Strategy s : Strategy.values()) {
            if (s != Strategy.ABSTRACT && s.applicable(version)) {
                out.add(s.forced());
            }
        }
        out.add(Strategy.real(program, version));
        return out;
    }

    public static Comparison run(Program program, GoVersion version, Limits limits, List<MachineConfig> machines) {
        List<MachineRun> runs = new ArrayList<>();
        Outcome reference = new Machine(program, version, limits, MachineListener.NONE).run();
        runs.add(new MachineRun("abstract", reference, null));
        for (MachineConfig c : machines) {
            runs.add(runMachine(program, version, limits, c));
        }
        return new Comparison(runs);
    }

    public static MachineRun runMachine(Program program, GoVersion version, Limits limits, MachineConfig c) {
        RuntimeMachine m = new RuntimeMachine(program, version, limits, c, RuntimeListener.NONE);
        Outcome o = m.run();
        return new MachineRun(c.name(), o, m.cost());
    }

    public List<MachineRun> runs() {
        return runs;
    }

    public MachineRun reference() {
        return runs.get(0);
    }

    /** The machines whose observables differ from the abstract semantics. */
    public List<MachineRun> divergent() {
        List<String> ref = reference().observables();
        List<MachineRun> out = new ArrayList<>();
        for (MachineRun r : runs.subList(1, runs.size())) {
            if (!r.observables().equals(ref)) {
                out.add(r);
            }
        }
        return out;
    }

    public boolean agrees() {
        return divergent().isEmpty();
    }

    /** A side-by-side report for each divergent machine, or a one-line agreement. */
    public String report() {
        if (agrees()) {
            StringBuilder sb = new StringBuilder("all ").append(runs.size()).append(" machines agree:");
            runs.forEach(r -> sb.append(' ').append(r.machine()).append(';'));
            return sb.append('\n').toString();
        }
        StringBuilder sb = new StringBuilder();
        for (MachineRun r : divergent()) {
            sb.append(DivergenceReport.sideBySide(reference(), r));
        }
        return sb.toString();
    }
}

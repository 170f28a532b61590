package defercheck.runtime;

import defercheck.ir.Program;
import defercheck.semantics.Limits;
import defercheck.semantics.AbstractMachine;
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

    /**
     * The names of {@link #applicableMachines}, in the same order: they depend on the version alone, since a
     * program changes only the real combination's plan, not its name ({@link Strategy#realName}).
     */
    public static List<String> applicableMachineNames(GoVersion version) {
        List<String> out = new ArrayList<>();
        for (Strategy s : Strategy.values()) {
            if (s != Strategy.ABSTRACT && s.applicable(version)) {
                out.add(s.id());
            }
        }
        out.add(Strategy.realName(version));
        return out;
    }

    public static Comparison run(Program program, GoVersion version, Limits limits, List<MachineConfig> machines) {
        List<MachineRun> runs = new ArrayList<>();
        Outcome reference = new AbstractMachine(program, version, limits, MachineListener.NONE).run();
        runs.add(new MachineRun("abstract", reference, null));
        List<MachineConfig> ran = new ArrayList<>();
        for (MachineConfig c : machines) {
            int twin = twinOf(program, c, ran);
            if (twin >= 0) {
                MachineRun r = runs.get(twin + 1);
                runs.add(new MachineRun(c.name(), r.outcome(), r.cost()));
            } else {
                runs.add(runMachine(program, version, limits, c));
            }
            ran.add(c);
        }
        return new Comparison(runs);
    }

    /**
     * The index of an earlier machine that is the same machine on this program, or -1. A strategy machine
     * is a deterministic function of the program, the version, the limits, the panic runtime, the flaws,
     * and the frame plan of each function with defer sites ({@link RuntimeMachine#planOf}); its name is
     * only a label. So when all of those coincide (for example the real 1.23 combination open-codes every
     * frame, exactly as the forced panicloop machine does) the second run would repeat the first step for
     * step, and its outcome and cost are taken from the first.
     */
    static int twinOf(Program program, MachineConfig c, List<MachineConfig> earlier) {
        for (int i = 0; i < earlier.size(); i++) {
            MachineConfig e = earlier.get(i);
            if (e.panicLoop() == c.panicLoop() && e.flaws().equals(c.flaws()) && samePlans(program, e, c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean samePlans(Program program, MachineConfig a, MachineConfig b) {
        if (a.plan() == b.plan()) {
            return true;
        }
        for (defercheck.ir.Function fn : program.functions()) {
            if (!fn.deferSites().isEmpty() && !a.plan().plan(fn).equals(b.plan().plan(fn))) {
                return false;
            }
        }
        return true;
    }

    public static MachineRun runMachine(Program program, GoVersion version, Limits limits, MachineConfig c) {
        RuntimeMachine m = new RuntimeMachine(program, version, limits, c, MachineListener.NONE);
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
        MachineRun ref = reference();
        List<MachineRun> out = new ArrayList<>();
        for (MachineRun r : runs.subList(1, runs.size())) {
            if (!r.sameObservables(ref)) {
                out.add(r);
            }
        }
        return out;
    }

    public boolean agrees() {
        MachineRun ref = reference();
        for (int i = 1; i < runs.size(); i++) {
            if (!runs.get(i).sameObservables(ref)) {
                return false;
            }
        }
        return true;
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

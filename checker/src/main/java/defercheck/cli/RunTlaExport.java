package defercheck.cli;

import defercheck.calculus.CalculusRecognizer;
import defercheck.calculus.TlaTraceExport;
import defercheck.explore.MachineSuite;
import defercheck.ir.Program;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.MachineRun;
import defercheck.runtime.RuntimeMachine;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.MachineListener;
import defercheck.source.GoVersion;
import defercheck.straightline.StraightLineExport;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code run --export-tla FILE}: the run as a TLA+ module TLC checks. A core-calculus program on a machine with a
 * strategy spec of its own is a trace that TLC validates step by step as a behaviour of that spec
 * ({@link TlaTraceExport}); any other program, or a mutant's machine, is the run read back as a straight-line
 * GoDefer program ({@link StraightLineExport}).
 */
final class RunTlaExport {
    /** What was written and what TLC should say about it. */
    record Written(Path tla, String expectation) { }

    private RunTlaExport() {
    }

    /**
     * {@code machine} is the machine the run uses (null: the abstract one), {@code strategy} the --strategy text
     * (null by default), {@code mutant} whether a mutant's machine was asked for.
     */
    static Written write(Program p, String source, String strategy, boolean mutant, MachineConfig machine,
                         GoVersion v, Path file) throws StraightLineExport.Refused, IOException {
        if (!mutant && hasSpec(strategy) && CalculusRecognizer.recognize(source).isPresent()) {
            return new Written(TlaTraceExport.write(source, strategy, v, file), "expect TLC to pass: it validates the"
                    + " run step by step as a behaviour of the " + (strategy == null ? "abstract" : strategy) + " spec");
        }
        boolean agrees = machine == null || abstractRun(p, v).sameObservables(new MachineRun(machine.name(),
                new RuntimeMachine(p, v, MachineSuite.LIMITS, machine, MachineListener.NONE).run(), null));
        String name = machine == null ? "abstract" : machine.name();
        Path tla = StraightLineExport.write(p, source, v, machine, name, !agrees, file);
        return new Written(tla, StraightLineExport.expectation(name, v, agrees));
    }

    private static boolean hasSpec(String strategy) {
        try {
            TlaTraceExport.Target.byId(strategy == null ? "abstract" : strategy);
            return true;
        } catch (IllegalArgumentException none) {
            return false;
        }
    }

    private static MachineRun abstractRun(Program p, GoVersion v) {
        return new MachineRun("abstract", new AbstractMachine(p, v, MachineSuite.LIMITS, MachineListener.NONE).run(), null);
    }
}

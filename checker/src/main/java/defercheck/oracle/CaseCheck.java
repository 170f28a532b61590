package defercheck.oracle;

import defercheck.coreprogram.CoreLowering;
import defercheck.coreprogram.CoreProgram;
import defercheck.explore.MachineSuite;
import defercheck.fast.FastSuite;
import defercheck.fast.ReferenceEncoding;
import defercheck.ir.Program;
import defercheck.plan.DeferPlanner;
import defercheck.plan.PlanPrinter;
import defercheck.runtime.Comparison;
import defercheck.runtime.MachineRun;
import defercheck.runtime.Strategy;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.semantics.StderrNormalizer;
import defercheck.source.GoVersion;
import defercheck.toolchain.KnownBug;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides one program: what the model does under the implementation's language version (the version's real
 * machine combination and the abstract semantics), compared with what the implementation did; the adapter's
 * quirks, its known bugs, and a run of the program on its own then tell presentation, known bug and batch
 * artefact apart from a semantic disagreement.
 */
final class CaseCheck {

    /** Runs one program on its own, as a user would; observes it through the adapter's crash rules. */
    @FunctionalInterface
    interface Alone {
        CaseResult.Observed run(CoreProgram p, String source) throws IOException, InterruptedException;
    }

    /** The model's two runs of a program, and its plan. */
    record ModelRuns(Outcome real, Outcome abstractRun, String plan) { }

    private final Implementation impl;
    private final GoVersion version;

    CaseCheck(Implementation impl) {
        this.impl = impl;
        this.version = impl.language();
    }

    ModelRuns model(CoreProgram p, String source) {
        Program ir = CoreLowering.lower(p, version, source);
        String plan = impl.comparesPlan() ? PlanPrinter.render(DeferPlanner.sites(ir, version), "prog.go") : "";
        MachineRun machine = Comparison.runMachine(ir, version, MachineSuite.LIMITS, Strategy.real(ir, version));
        Outcome abs = new AbstractMachine(ir, version, MachineSuite.LIMITS, MachineListener.NONE).run();
        return new ModelRuns(machine.outcome(), abs, plan);
    }

    static CaseResult.Observed observed(Outcome o, String plan) {
        return new CaseResult.Observed(o.exitCode(), o.stdout(), StderrNormalizer.normalize(o.stderr()), o.stderr(), plan);
    }

    /**
     * The verdict on {@code real}, the implementation's observation of {@code p} (in a batch, or alone when
     * {@code alone} is null: then no second run is made).
     */
    CaseResult check(long rank, CoreProgram p, String source, CaseResult.Observed real, Alone alone)
            throws IOException, InterruptedException {
        ModelRuns m = model(p, source);
        CaseResult.Observed model = observed(m.real(), m.plan());
        CaseResult.Observed abstractModel = observed(m.abstractRun(), m.plan());
        List<String> differs = differences(real, model, abstractModel);
        if (differs.isEmpty() || amongSchedules(p, real, model)) {
            return new CaseResult(rank, p, source, real, model, abstractModel, model, List.of(), List.of(), null, null);
        }
        Set<String> used = new LinkedHashSet<>();
        CaseResult.Observed presented = present(model, m.real(), used);
        CaseResult.Observed presentedAbstract = present(abstractModel, m.abstractRun(), used);
        List<String> semantic = differences(real, presented, presentedAbstract);
        if (semantic.isEmpty()) {
            return new CaseResult(rank, p, source, real, model, abstractModel, presented, List.of(),
                    List.copyOf(used), null, null);
        }
        KnownBug bug = impl.knownBug(p, real, abstractModel).orElse(null);
        CaseResult.Observed standalone = alone == null ? null : alone.run(p, source);
        return new CaseResult(rank, p, source, real, model, abstractModel, presented, semantic, List.of(), bug,
                standalone);
    }

    /**
     * A program with goroutines has many outcomes and one run of real Go shows one: it agrees when that one is
     * among the outcomes of every schedule (FastSchedules, on the abstract semantics), the plan compared as usual.
     */
    private boolean amongSchedules(CoreProgram p, CaseResult.Observed real, CaseResult.Observed model) {
        if (!p.hasGoroutines() || impl.comparesPlan() && !real.plan().equals(model.plan())) {
            return false;
        }
        FastSuite schedules = new FastSuite(version);
        schedules.run(p);
        try {
            return schedules.outcomes().contains(ReferenceEncoding.outcomeKey(real.exit(), real.stdout(), real.stderr()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Applies every quirk in turn; {@code used} collects those that changed the expectation. */
    CaseResult.Observed present(CaseResult.Observed expected, Outcome run, Set<String> used) {
        CaseResult.Observed e = expected;
        for (Quirk q : impl.quirks()) {
            CaseResult.Observed next = q.present(e, run);
            if (!next.equals(e)) {
                used.add(q.name());
            }
            e = next;
        }
        return e;
    }

    private List<String> differences(CaseResult.Observed real, CaseResult.Observed model,
                                     CaseResult.Observed abstractModel) {
        List<String> differs = new ArrayList<>();
        compare(real, model, "", differs);
        compare(real, abstractModel, "abstract ", differs);
        if (impl.comparesPlan() && !real.plan().equals(model.plan())) {
            differs.add("plan");
        }
        return differs;
    }

    private static void compare(CaseResult.Observed real, CaseResult.Observed model, String who, List<String> differs) {
        if (real.exit() != model.exit()) {
            differs.add(who + "exit");
        }
        if (!real.stdout().equals(model.stdout())) {
            differs.add(who + "stdout");
        }
        if (!real.stderr().equals(model.stderr())) {
            differs.add(who + "stderr");
        }
    }
}

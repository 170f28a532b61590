package defercheck.trace;

import defercheck.explore.MachineSuite;
import defercheck.ir.Program;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.Machines;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one machine on a program and keeps every step with its state. Deterministic (no hash order, no
 * clock), so running it again on the program a trace file holds gives the same steps: that is the replay.
 */
public final class Recorder {
    /**
     * Steps kept per machine. A mutant can loop until the step budget (200,000 steps) ends it; its trace keeps
     * the first steps, which is where it went wrong, and says it was cut.
     */
    public static final int MAX_STEPS = 400;
    /** Frames and chain records kept per state, innermost first: a runaway recursion shows its top, not 2,000 frames. */
    public static final int MAX_FRAMES = 10;

    private Recorder() {
    }

    /** The steps of the program's run on {@code config}'s machine, or on the abstract semantics when it is null. */
    public static List<Step> steps(Program p, GoVersion v, MachineConfig config) {
        List<Step> steps = new ArrayList<>();
        StepBuilder b = new StepBuilder(p);
        Outcome o = Machines.create(p, v, MachineSuite.LIMITS, config, (event, m) -> {
            b.see(event);
            if (steps.size() < MAX_STEPS + 1) {
                steps.add(b.step(event, m));
            }
        }).run();
        int last = steps.size() - 1;
        if (last >= 0 && steps.get(last).kind().equals("Finished")) {
            steps.set(last, StepBuilder.ended(steps.get(last), o));
        }
        return steps;
    }
}

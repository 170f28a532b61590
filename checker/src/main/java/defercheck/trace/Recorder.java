package defercheck.trace;

import defercheck.explore.MachineSuite;
import defercheck.ir.Program;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.Machines;
import defercheck.semantics.Event;
import defercheck.semantics.FrameSnapshot;
import defercheck.semantics.Machine;
import defercheck.semantics.Snapshot;
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
        Outputs out = new Outputs();
        Machines.create(p, v, MachineSuite.LIMITS, config, (event, m) -> record(steps, out, event, m)).run();
        return steps;
    }

    private static void record(List<Step> steps, Outputs out, Event event, Machine m) {
        out.see(event);
        if (steps.size() < MAX_STEPS + 1) {
            steps.add(Step.of(steps.size(), event, state(m.snapshot(), out)));
        }
    }

    private static StepState state(Snapshot s, Outputs out) {
        List<FrameState> frames = new ArrayList<>();
        for (FrameSnapshot f : s.frames()) {
            frames.add(new FrameState(f.function(), f.detail(), f.pending()));
        }
        List<String> chain = s.chain();
        if (chain != null && chain.size() > MAX_FRAMES) {
            chain = new ArrayList<>(s.chain().subList(0, MAX_FRAMES));
            chain.add("… " + (s.chain().size() - MAX_FRAMES) + " more records");
        }
        return new StepState(cut(frames), chain, s.panics(), s.pool(), out.stdout.toString(), out.stderr.toString());
    }

    private static List<FrameState> cut(List<FrameState> frames) {
        if (frames.size() <= MAX_FRAMES) {
            return frames;
        }
        List<FrameState> out = new ArrayList<>(frames.subList(0, MAX_FRAMES));
        out.add(new FrameState("…", (frames.size() - MAX_FRAMES) + " more frames", List.of()));
        return out;
    }

    /** The outputs so far, from the machine's Output events (the machines keep theirs private). */
    private static final class Outputs {
        final StringBuilder stdout = new StringBuilder();
        final StringBuilder stderr = new StringBuilder();

        void see(Event e) {
            if (e instanceof Event.Output o) {
                (o.stderr() ? stderr : stdout).append(o.text());
            }
        }
    }
}

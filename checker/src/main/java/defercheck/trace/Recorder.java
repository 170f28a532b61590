package defercheck.trace;

import defercheck.explore.MachineSuite;
import defercheck.ir.Program;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.PendingDefers;
import defercheck.runtime.RuntimeListener;
import defercheck.runtime.RuntimeMachine;
import defercheck.runtime.Snapshot;
import defercheck.semantics.DeferredCall;
import defercheck.semantics.Event;
import defercheck.semantics.Frame;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.PanicRecord;
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

    public static List<Step> abstractSteps(Program p, GoVersion v) {
        List<Step> steps = new ArrayList<>();
        Outputs out = new Outputs();
        MachineListener l = (event, m) -> {
            out.see(event);
            if (steps.size() < MAX_STEPS + 1) {
                steps.add(Step.of(steps.size(), event, state(m, out)));
            }
        };
        new AbstractMachine(p, v, MachineSuite.LIMITS, l).run();
        return steps;
    }

    public static List<Step> runtimeSteps(Program p, GoVersion v, MachineConfig c) {
        List<Step> steps = new ArrayList<>();
        Outputs out = new Outputs();
        RuntimeListener l = (event, m) -> {
            out.see(event);
            if (steps.size() < MAX_STEPS + 1) {
                steps.add(Step.of(steps.size(), event, state(m, out)));
            }
        };
        new RuntimeMachine(p, v, MachineSuite.LIMITS, c, l).run();
        return steps;
    }

    private static StepState state(AbstractMachine m, Outputs out) {
        List<FrameState> frames = new ArrayList<>();
        List<Frame> fs = m.frames();
        for (int i = fs.size() - 1; i >= 0; i--) {
            Frame f = fs.get(i);
            List<String> pending = new ArrayList<>();
            List<DeferredCall> ds = f.defers();
            for (int k = ds.size() - 1; k >= 0; k--) {
                pending.add(ds.get(k).describe());
            }
            frames.add(new FrameState(f.name(), f.mode().name(), pending));
        }
        List<String> panics = new ArrayList<>();
        List<PanicRecord> ps = m.panics();
        for (int i = ps.size() - 1; i >= 0; i--) {
            panics.add(ps.get(i).describe());
        }
        return new StepState(cut(frames), null, panics, null, out.stdout.toString(), out.stderr.toString());
    }

    private static StepState state(RuntimeMachine m, Outputs out) {
        Snapshot s = m.snapshot();
        List<String> names = PendingDefers.functions(m);
        List<List<String>> pending = PendingDefers.of(m);
        List<FrameState> frames = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String text = s.frames().get(i);
            String detail = text.startsWith(names.get(i)) ? text.substring(names.get(i).length()).trim() : text;
            frames.add(new FrameState(names.get(i), detail, pending.get(i)));
        }
        List<String> chain = s.chain().size() <= MAX_FRAMES ? s.chain() : new ArrayList<>(s.chain().subList(0, MAX_FRAMES));
        if (chain.size() < s.chain().size()) {
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

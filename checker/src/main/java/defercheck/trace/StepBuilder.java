package defercheck.trace;

import defercheck.ir.Program;
import defercheck.semantics.Event;
import defercheck.semantics.Frame;
import defercheck.semantics.FrameSnapshot;
import defercheck.semantics.Machine;
import defercheck.semantics.Outcome;
import defercheck.semantics.Snapshot;
import defercheck.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one machine's events, as they come, into trace steps: the event, where it happened ({@link EndSpan} for
 * the ending), and the state right after it with every frame's variables ({@link FrameValues}) and the outputs so
 * far. The recorder and {@code run --trace} both narrate through it, so a printed trace and a recorded one agree.
 */
public final class StepBuilder {
    private final FrameValues values;
    private final EndSpan end = new EndSpan();
    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private int index;
    private boolean concurrent;

    public StepBuilder(Program p) {
        values = new FrameValues(p);
    }

    /** The next step. The machines keep their outputs private, so the outputs are summed from Output events. */
    public Step next(Event e, Machine m) {
        see(e);
        return step(e, m);
    }

    /** Takes the event into account without building its step (past a trace's length the state is not kept). */
    public void see(Event e) {
        end.see(e);
        if (e instanceof Event.Output o) {
            (o.stderr() ? stderr : stdout).append(o.text());
        }
        index++;
    }

    /** The step of the event just {@link #see seen}. */
    public Step step(Event e, Machine m) {
        Span at = e instanceof Event.Finished f ? end.of(f) : e.span();
        return new Step(index - 1, at.line(), at.col(), e.getClass().getSimpleName(), describe(e, m),
                e.observable(), state(m));
    }

    /**
     * The event as the trace says it: once a program has more than one goroutine, every step names the goroutine
     * it belongs to ({@code [g2]}, the goid crash texts print), so a reader sees where the scheduler switched.
     * A program that never starts one reads as before.
     */
    private String describe(Event e, Machine m) {
        concurrent |= m.goroutines().size() > 1;
        return concurrent && !(e instanceof Event.Finished) ? "[g" + m.running().id() + "] " + e.describe()
                : e.describe();
    }

    /**
     * The ending step again with what the program wrote in full: a crash text or fatal error reaches stderr
     * as the run ends, with no Output event of its own.
     */
    public static Step ended(Step last, Outcome o) {
        StepState s = last.state();
        return new Step(last.index(), last.line(), last.col(), last.kind(), last.event(), last.observable(),
                new StepState(s.frames(), s.chain(), s.panics(), s.pool(), o.stdout(), o.stderr(), s.vars()));
    }

    private StepState state(Machine m) {
        Snapshot s = m.snapshot();
        List<Frame> live = m.running().frames();
        List<FrameState> frames = new ArrayList<>();
        List<FrameSnapshot> shown = s.frames();
        for (int i = 0; i < shown.size(); i++) {
            FrameSnapshot f = shown.get(i);
            // Snapshot frames are innermost first, the goroutine's outermost first; they are the same frames.
            List<String> vars = shown.size() == live.size() ? values.of(live.get(live.size() - 1 - i)) : List.of();
            frames.add(new FrameState(f.function(), f.detail(), f.pending(), vars));
        }
        List<String> chain = s.chain();
        if (chain != null && chain.size() > Recorder.MAX_FRAMES) {
            chain = new ArrayList<>(s.chain().subList(0, Recorder.MAX_FRAMES));
            chain.add("… " + (s.chain().size() - Recorder.MAX_FRAMES) + " more records");
        }
        return new StepState(cut(frames), chain, s.panics(), s.pool(), stdout.toString(), stderr.toString());
    }

    private static List<FrameState> cut(List<FrameState> frames) {
        if (frames.size() <= Recorder.MAX_FRAMES) {
            return frames;
        }
        List<FrameState> out = new ArrayList<>(frames.subList(0, Recorder.MAX_FRAMES));
        out.add(new FrameState("…", (frames.size() - Recorder.MAX_FRAMES) + " more frames", List.of()));
        return out;
    }
}

package defercheck.explore;

import defercheck.ir.Program;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.RuntimeListener;
import defercheck.runtime.RuntimeMachine;
import defercheck.runtime.Snapshot;
import defercheck.semantics.DeferredCall;
import defercheck.semantics.Event;
import defercheck.semantics.Frame;
import defercheck.semantics.Machine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.PanicRecord;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.List;

/** Re-runs a machine of a counterexample and keeps every step with a state snapshot, for the trace file. */
final class StepRecorder {
    private StepRecorder() {
    }

    static List<TraceStep> abstractSteps(Program p, GoVersion v) {
        List<TraceStep> steps = new ArrayList<>();
        MachineListener l = (event, m) -> steps.add(new TraceStep(steps.size(), event, state(m)));
        new Machine(p, v, MachineSuite.LIMITS, l).run();
        return steps;
    }

    static List<TraceStep> runtimeSteps(Program p, GoVersion v, MachineConfig c) {
        List<TraceStep> steps = new ArrayList<>();
        RuntimeListener l = (event, m) -> steps.add(new TraceStep(steps.size(), event, state(m.snapshot())));
        new RuntimeMachine(p, v, MachineSuite.LIMITS, c, l).run();
        return steps;
    }

    private static List<String> state(Machine m) {
        List<String> out = new ArrayList<>();
        List<Frame> frames = m.frames();
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame f = frames.get(i);
            StringBuilder sb = new StringBuilder("frame ").append(f.name()).append(" ").append(f.mode())
                    .append(" defers [");
            List<DeferredCall> ds = f.defers();
            for (int k = ds.size() - 1; k >= 0; k--) {
                sb.append(k == ds.size() - 1 ? "" : ", ").append(ds.get(k).describe());
            }
            out.add(sb.append("]").toString());
        }
        List<PanicRecord> panics = m.panics();
        for (int i = panics.size() - 1; i >= 0; i--) {
            out.add("panic " + panics.get(i).describe());
        }
        return out;
    }

    private static List<String> state(Snapshot s) {
        List<String> out = new ArrayList<>();
        out.add("g._defer: " + (s.chain().isEmpty() ? "nil" : String.join(" -> ", s.chain())));
        s.frames().forEach(f -> out.add("frame " + f));
        out.add("g._panic: " + (s.panics().isEmpty() ? "nil" : String.join(" -> ", s.panics())));
        out.add("pool: " + s.pool());
        return out;
    }

}

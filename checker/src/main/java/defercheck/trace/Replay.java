package defercheck.trace;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.explore.MachineSuite;
import defercheck.ir.Program;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.Mutants;
import defercheck.schedule.ChoiceString;
import defercheck.semantics.ChoiceScope;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-runs a trace from what the file holds (program source, Go version, mutant) and names the first step
 * that comes out differently. The program goes through the full front end, not the explorer's direct
 * lowering, so a replay also checks that the printed source means what the core program meant.
 */
public final class Replay {
    private Replay() {
    }

    public static Program compile(String source, GoVersion v) {
        Compilation c = Frontend.compile(new SourceFile("prog.go", source), v);
        if (!c.ok()) {
            throw new IllegalArgumentException("the trace's program does not compile: " + c.diagnostics());
        }
        return c.program();
    }

    public static MachineSuite suite(Trace t) {
        GoVersion v = GoVersion.parse(t.go());
        return new MachineSuite(v, t.mutant() == null ? null : Mutants.byId(t.mutant()));
    }

    /** The replayed machines, in the suite's order (abstract first), with their steps. */
    public static List<TraceMachine> run(Trace t) {
        if (t.schedule() != null) {
            // a run of one schedule: every machine replays it (defercheck.schedule.ChoiceString)
            return ChoiceScope.with(() -> ChoiceString.replay(t.schedule()), () -> runDefault(t));
        }
        return runDefault(t);
    }

    private static List<TraceMachine> runDefault(Trace t) {
        MachineSuite suite = suite(t);
        Program p = compile(t.source(), suite.version());
        List<TraceMachine> out = new ArrayList<>();
        out.add(new TraceMachine("abstract", true, null, List.of(), Recorder.steps(p, suite.version(), null)));
        for (MachineConfig c : suite.machines(p)) {
            out.add(new TraceMachine(c.name(), false, null, List.of(), Recorder.steps(p, suite.version(), c)));
        }
        return out;
    }

    /** Empty when every recorded machine and step reproduces exactly; else what differs first. */
    public static List<String> differences(Trace t) {
        List<String> out = new ArrayList<>();
        List<TraceMachine> again = run(t);
        List<String> names = again.stream().map(TraceMachine::name).toList();
        List<String> recorded = t.machines().stream().map(TraceMachine::name).toList();
        if (!names.equals(recorded)) {
            out.add("machines: recorded " + recorded + ", replayed " + names);
            return out;
        }
        for (int i = 0; i < again.size(); i++) {
            List<Step> want = t.machines().get(i).steps();
            List<Step> got = again.get(i).steps();
            got = got.subList(0, Math.min(got.size(), Recorder.MAX_STEPS));
            for (int k = 0; k < Math.max(want.size(), got.size()); k++) {
                Step w = k < want.size() ? want.get(k) : null;
                Step g = k < got.size() ? got.get(k) : null;
                if (w == null || !w.equals(g)) {
                    out.add(names.get(i) + " step " + k + ": recorded " + (w == null ? "nothing" : w.toJson())
                            + "\n  replayed " + (g == null ? "nothing" : g.toJson()));
                    break;
                }
            }
        }
        return out;
    }
}

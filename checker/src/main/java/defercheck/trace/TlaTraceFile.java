package defercheck.trace;

import defercheck.source.GoVersion;
import defercheck.tlc.CalculusProgram;
import defercheck.tlc.CalculusRecognizer;
import defercheck.tlc.TlaTraceExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code trace export --format tla}: one machine of a trace file as the TLA+ trace module (and cfg) of
 * {@link TlaTraceExport}, which TLC validates as a behaviour of that machine's strategy spec. There is one TLA+
 * exporter: this class only checks that the trace has a spec to follow (its program is in the core calculus of
 * spec/Calculus.tla and its machine is one of the strategies with a module) and hands the program, machine and
 * Go version over. The exporter runs the program again on that machine; {@code TraceReplayTest} pins that
 * such a run gives exactly the recorded steps.
 */
final class TlaTraceFile {
    private TlaTraceFile() {
    }

    /** A trace that has no TLA+ spec to be validated against, with the reason in the user's terms. */
    static final class NoSpec extends Exception {
        NoSpec(String message) {
            super(message);
        }
    }

    /** Writes OUT (a .tla module named after it) and the .cfg beside it; returns the module's path. */
    static Path write(Trace t, TraceMachine m, Path out) throws NoSpec, IOException {
        return TlaTraceExport.write(program(t), target(t, m), GoVersion.parse(t.go()), out);
    }

    static CalculusProgram program(Trace t) throws NoSpec {
        if (t.tlc()) {
            throw new NoSpec("a TLC counterexample, not a run of a Go program: it is already a behaviour of its"
                    + " spec (trace show and --format itf read it)");
        }
        return CalculusRecognizer.recognize(t.source()).orElseThrow(() -> new NoSpec("the program is not in the"
                + " core calculus of spec/Calculus.tla (the shape 'defercheck tlc --cross-check' prints), so no"
                + " TLA+ spec can replay it; --format itf or html export any trace"));
    }

    static TlaTraceExport.Target target(Trace t, TraceMachine m) throws NoSpec {
        try {
            return TlaTraceExport.Target.byId(m.name());
        } catch (IllegalArgumentException noModule) {
            throw new NoSpec("machine '" + m.name() + "' has no TLA+ spec of its own; of this trace's machines "
                    + withSpec(t) + " have one (pick it with --machine)");
        }
    }

    private static List<String> withSpec(Trace t) {
        List<String> out = new ArrayList<>();
        for (TraceMachine m : t.machines()) {
            for (TlaTraceExport.Target target : TlaTraceExport.Target.values()) {
                if (target.id().equals(m.name())) {
                    out.add(m.name());
                }
            }
        }
        return out;
    }
}

package defercheck.runtime;

import defercheck.semantics.Event;
import defercheck.semantics.Outcome;
import defercheck.semantics.StderrNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * One machine's run of a program, reduced to the semantics contract (DESIGN.md): the observable events
 * in a machine-independent spelling, then exit code, stdout and stderr up to the goroutine dump.
 * {@code cost} is null for the abstract semantics, which has no runtime to count.
 */
public record MachineRun(String machine, Outcome outcome, Cost cost) {

    public List<String> observables() {
        List<String> out = new ArrayList<>();
        for (Event e : outcome.observed()) {
            out.add(spell(e));
        }
        out.add("exit code " + outcome.exitCode());
        out.add("stdout " + quote(outcome.stdout()));
        out.add("stderr " + quote(StderrNormalizer.normalize(outcome.stderr())));
        return out;
    }

    /** The parts of an event every machine must agree on; the why-texts of recover and defer are explanations. */
    static String spell(Event e) {
        if (e instanceof Event.DeferredCallStarted d) {
            return "deferred " + d.call() + " of " + d.frame() + " (site " + d.site() + " #" + d.instance() + ")";
        } else if (e instanceof Event.RecoverCalled r) {
            return "recover() = " + r.result() + " @" + r.span().line() + ":" + r.span().col();
        } else if (e instanceof Event.Returned r) {
            return r.function() + " returns " + String.join(", ", r.results());
        } else if (e instanceof Event.Output o) {
            return (o.stderr() ? "stderr " : "stdout ") + quote(o.text());
        } else if (e instanceof Event.Finished f) {
            return "ends: " + f.kind().describe() + ", exit " + f.exitCode();
        }
        return e.describe();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}

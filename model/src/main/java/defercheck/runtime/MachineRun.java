package defercheck.runtime;

import defercheck.semantics.Event;
import defercheck.semantics.Outcome;
import defercheck.semantics.StderrNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * One machine's run of a program, reduced to the observables of docs/semantics.md: the observable events
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

    /**
     * Whether {@link #observables()} of the two runs are equal, without spelling them out in the common
     * case: equal parts imply equal spellings, and only when parts differ are the spellings compared, so
     * the answer is exactly that of comparing the lists.
     */
    public boolean sameObservables(MachineRun other) {
        Outcome a = outcome;
        Outcome b = other.outcome;
        if (a.exitCode() != b.exitCode() || !a.stdout().equals(b.stdout())) {
            return false;
        }
        List<Event> x = a.observed();
        List<Event> y = b.observed();
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!sameEvent(x.get(i), y.get(i))) {
                return false;
            }
        }
        return a.stderr().equals(b.stderr())
                || StderrNormalizer.normalize(a.stderr()).equals(StderrNormalizer.normalize(b.stderr()));
    }

    static boolean sameEvent(Event e, Event f) {
        if (e instanceof Event.DeferredCallStarted d && f instanceof Event.DeferredCallStarted g) {
            if (d.site() == g.site() && d.instance() == g.instance() && d.call().equals(g.call())
                    && d.frame().equals(g.frame())) {
                return true;
            }
        } else if (e instanceof Event.RecoverCalled r && f instanceof Event.RecoverCalled q) {
            if (r.result().equals(q.result()) && r.span().line() == q.span().line()
                    && r.span().col() == q.span().col()) {
                return true;
            }
        } else if (e.equals(f)) {
            return true;
        }
        return spell(e).equals(spell(f));
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

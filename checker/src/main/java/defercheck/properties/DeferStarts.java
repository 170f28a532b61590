package defercheck.properties;

import defercheck.semantics.DeferredCall;
import defercheck.semantics.Event;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Deferred calls started against deferred calls pushed, matched by the call object itself: every machine
 * hands DeferredCallStarted the very object its DeferPushed announced (the abstract machine from its frame's
 * list, the strategy machines from the _defer record or open-coded slot they stored it in). Site and
 * instance cannot do this: instance counts per frame, so two live invocations of one function each push a
 * "site 0 #0", and a machine that starts one of them twice and the other never would balance out.
 * <p>
 * At most once (docs/semantics.md, rule 3: a deferred call is removed before it is called): every start is of
 * a call pushed earlier and not started yet. Every defer runs (rules 2, 3 and 8: return, panic and Goexit
 * each run all pending calls; rule 9: os.Exit runs none): every pushed call starts by the end of the run.
 * Order and the liveness of the pushing frame are {@link DeferOrder}'s to report: a machine that starts an
 * older invocation's call after a newer one's, or after its frame returned, still starts it once.
 */
final class DeferStarts {
    private DeferStarts() {
    }

    /** Null when every start is of a call pushed and not yet started; else the first start that is not, and why. */
    static String firstRestart(Run r) {
        Map<DeferredCall, Boolean> started = new IdentityHashMap<>();
        for (Event e : r.events()) {
            if (e instanceof Event.DeferPushed p) {
                started.put(p.deferred(), false);
            } else if (e instanceof Event.DeferredCallStarted d) {
                Boolean before = started.put(d.deferred(), true);
                if (before == null) {
                    return d.span() + ": " + d.call() + " of " + where(d.frame(), d.site(), d.instance())
                            + " starts, but it was never pushed";
                } else if (before) {
                    return d.span() + ": " + d.call() + " of " + where(d.frame(), d.site(), d.instance())
                            + " starts again: it already started";
                }
            }
        }
        return null;
    }

    /** Null when every pushed call starts; else the first pushed call that never does. */
    static String firstNeverStarted(Run r) {
        Set<DeferredCall> notStarted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Event e : r.events()) {
            if (e instanceof Event.DeferPushed p) {
                notStarted.add(p.deferred());
            } else if (e instanceof Event.DeferredCallStarted d) {
                notStarted.remove(d.deferred());
            }
        }
        for (Event e : r.events()) {
            if (e instanceof Event.DeferPushed p && notStarted.contains(p.deferred())) {
                return p.span() + ": " + p.call() + " pushed by " + where(p.frame(), p.site(), p.instance())
                        + " never starts; the run ends: " + r.outcome().kind().describe();
            }
        }
        return null;
    }

    private static String where(String frame, int site, int instance) {
        return frame + " (site " + site + " #" + instance + ")";
    }
}

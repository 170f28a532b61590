package defercheck.properties;

import defercheck.semantics.Event;
import java.util.HashMap;
import java.util.Map;

/**
 * The at-most-once property over a whole run (GO_DEFER_FACTS §0 rule 3: a deferred call is removed before
 * it is called). A deferred call is one invocation's site and instance; instance counts per frame, so two
 * invocations of one function each push a "site 0 #0". The events name that invocation only when the call is
 * pushed, by its running frame: a start names just the function. So each start must consume a call of that
 * function, site and instance that is pushed and not yet started; one that finds none starts a second time.
 * Which invocation owed it does not change the verdict. Liveness of frames is deliberately not followed: a
 * machine that starts an older invocation's call after a newer one's, or after its frame returned, still
 * starts it once, and that is {@link DeferOrder}'s to report, not this property's.
 */
final class DeferStarts {
    private DeferStarts() {
    }

    /** Null when no deferred call starts twice; else the first start that repeats one, and why. */
    static String firstRestart(Run r) {
        Map<String, Integer> notStarted = new HashMap<>();
        for (Event e : r.events()) {
            if (e instanceof Event.DeferPushed p) {
                notStarted.merge(call(p.frame(), p.site(), p.instance()), 1, Integer::sum);
            } else if (e instanceof Event.DeferredCallStarted d) {
                String call = call(d.frame(), d.site(), d.instance());
                if (notStarted.getOrDefault(call, 0) == 0) {
                    return d.span() + ": " + d.call() + " starts again: no call of " + call
                            + " is pushed and not yet started";
                }
                notStarted.merge(call, -1, Integer::sum);
            }
        }
        return null;
    }

    private static String call(String frame, int site, int instance) {
        return frame + " at site " + site + " #" + instance;
    }
}

package defercheck.properties;

import defercheck.semantics.Event;

/**
 * The LIFO property over a whole run (GO_DEFER_FACTS §0 rules 2-3, §1 "Order"): a deferred call that starts
 * is the one its frame pushed last among those still pending, and no frame deeper than that frame still owes
 * a deferred call. So inner frames' deferred calls all start before any call deferred by their callers, on
 * return, panic and Goexit alike. Recovery (rule 5) and a resumed Goexit unwind frames; {@link LiveFrames}
 * drops them, together with whatever they still owed.
 */
final class DeferOrder {
    private DeferOrder() {
    }

    /** Null when the run keeps LIFO order; else the first deferred call that breaks it, and how. */
    static String firstViolation(Run r) {
        LiveFrames frames = new LiveFrames(r.program().source());
        for (Event e : r.events()) {
            frames.on(e);
            if (e instanceof Event.DeferPushed p) {
                frames.innermost(p.frame()).pending.push(p.call());
            } else if (e instanceof Event.DeferredCallStarted d) {
                LiveFrames.Frame f = frames.innermost(d.frame());
                String top = f.pending.poll();
                if (!d.call().equals(top)) {
                    return d.span() + ": " + d.call() + " starts, but " + d.frame() + " pushed "
                            + (top == null ? "nothing still pending" : top + " after it");
                }
                for (LiveFrames.Frame inner : frames.deeperThan(f)) {
                    if (!inner.pending.isEmpty()) {
                        return d.span() + ": " + d.call() + " of " + d.frame() + " starts while " + inner.name
                                + ", called from it, still owes " + inner.pending.peek();
                    }
                }
            }
        }
        return null;
    }
}

package defercheck.properties;

import defercheck.semantics.DeferredCall;
import defercheck.semantics.Event;

/**
 * The LIFO property over a whole run (docs/semantics.md, rules 2 and 3, "Order"): a deferred call that starts
 * is the one its frame pushed last among those still pending, and no frame deeper than that frame still owes
 * a deferred call. So inner frames' deferred calls all start before any call deferred by their callers, on
 * return, panic and Goexit alike. Recovery (rule 5) and a resumed Goexit unwind frames; {@link LiveFrames}
 * drops them, together with whatever they still owed. "Its frame" is the invocation that pushed the very call
 * object that starts ({@link LiveFrames#pusher}), not a frame guessed from the function's name, so a machine
 * that runs another live invocation's call of the same site and instance is caught.
 */
final class DeferOrder {
    private DeferOrder() {
    }

    /** Null when the run keeps LIFO order; else the first deferred call that breaks it, and how. */
    static String firstViolation(Run r) {
        LiveFrames frames = new LiveFrames(r.program().source());
        for (Event e : r.events()) {
            frames.on(e);
            if (e instanceof Event.DeferredCallStarted d) {
                String why = outOfOrder(frames, d);
                if (why != null) {
                    return d.span() + ": " + d.call() + " " + why;
                }
            }
        }
        return null;
    }

    /** Why {@code d} may not start now, or null; a start that may takes its call off its frame's pending list. */
    private static String outOfOrder(LiveFrames frames, Event.DeferredCallStarted d) {
        LiveFrames.Frame f = frames.pusher(d.deferred());
        if (f == null) {
            return "starts, but no frame pushed it";
        } else if (!frames.live(f)) {
            return "starts after " + f.label() + ", which pushed it, has returned or been unwound";
        }
        DeferredCall top = f.pending.peek();
        if (top != d.deferred()) {
            return "starts, but " + f.label() + (owes(f, d.deferred()) ? " pushed " + top.describe() + " after it"
                    : " no longer owes it: it already started");
        }
        f.pending.pop();
        for (LiveFrames.Frame inner : frames.deeperThan(f)) {
            if (!inner.pending.isEmpty()) {
                return "of " + f.label() + " starts while " + inner.label() + ", called from it, still owes "
                        + inner.pending.peek().describe();
            }
        }
        return null;
    }

    /** Whether {@code call} itself, not just an equal call, is among {@code f}'s pending calls. */
    private static boolean owes(LiveFrames.Frame f, DeferredCall call) {
        for (DeferredCall c : f.pending) {
            if (c == call) {
                return true;
            }
        }
        return false;
    }
}

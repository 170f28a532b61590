package defercheck.properties;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.ResultKind;
import defercheck.semantics.Event;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a caller receives from a function with a result (docs/semantics.md: rule 2, "Results", claim 5). Follows
 * every write to {@code r} by the function's body and by the closures it deferred, in the printed core program's
 * terms: {@code r = v}; {@code return v} (assigns the slot, and for a named result that is r); {@code return r}
 * (copies the local r into the unnamed slot); {@code return 0}; a naked {@code return}. A write is its line
 * reached for the first time in that frame (the machines announce a line again when a frame resumes on it after a
 * deferred call).
 */
final class ResultSlots {
    /** How a caller's received value must relate to the function's writes. */
    enum Rule {
        /** A named result: the caller gets the last value written to r, by the body or by a deferred call. */
        NAMED_SEES_LAST_WRITE,
        /** An unnamed result: the caller gets what the return statement assigned (zero if none ran). */
        UNNAMED_KEEPS_RETURN_VALUE
    }

    private ResultSlots() {
    }

    static boolean holds(Run r, Rule rule) {
        Map<String, ResultKind> kinds = resultKinds(r);
        LiveFrames frames = new LiveFrames(r.program().source());
        for (Event e : r.events()) {
            if (e instanceof Event.LineReached l) {
                write(frames, l, kinds);
            } else if (e instanceof Event.Returned ret && kinds.containsKey(ret.function())) {
                LiveFrames.Frame f = frames.innermost(ret.function());
                boolean named = kinds.get(ret.function()) == ResultKind.NAMED;
                boolean ruled = named == (rule == Rule.NAMED_SEES_LAST_WRITE);
                if (ruled && !ret.results().equals(List.of(String.valueOf(named ? f.r : f.slot)))) {
                    return false;
                }
            }
            frames.on(e);
        }
        return true;
    }

    private static void write(LiveFrames frames, Event.LineReached l, Map<String, ResultKind> kinds) {
        LiveFrames.Frame running = frames.find(l.function());
        if (running == null || !running.linesReached.add(l.span().line())) {
            return;
        }
        String owner = topLevel(l.function());
        if (!kinds.containsKey(owner)) {
            return;
        }
        LiveFrames.Frame f = frames.innermost(owner);
        String text = frames.line(l);
        boolean named = kinds.get(owner) == ResultKind.NAMED;
        if (text.matches("r = \\d+")) {
            f.r = Integer.parseInt(text.substring(4));
        } else if (running == f && text.matches("return \\d+")) {
            f.slot = Integer.parseInt(text.substring(7));
            f.r = named ? f.slot : f.r;
        } else if (running == f && text.equals("return r")) {
            f.slot = f.r;
        }
    }

    /** Closures are named after the top-level function they are in: main.f1.func2.1 is in main.f1. */
    private static String topLevel(String function) {
        int second = function.indexOf('.', "main.".length());
        return second < 0 ? function : function.substring(0, second);
    }

    private static Map<String, ResultKind> resultKinds(Run r) {
        Map<String, ResultKind> out = new HashMap<>();
        List<CoreFunction> fns = r.core().functions();
        for (int i = 1; i < fns.size(); i++) {
            if (fns.get(i).result().hasResult()) {
                out.put("main.f" + i, fns.get(i).result());
            }
        }
        return out;
    }
}

package defercheck.properties;

import defercheck.semantics.DeferredCall;
import defercheck.semantics.Event;
import defercheck.source.SourceFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The goroutine's frames as a run's events show them, innermost last: {@code Called} pushes one,
 * {@code Returned} pops it, {@code Recovery} unwinds to the frame that deferred the recovering call (rule 5),
 * or, when a Goexit resumes, to the frame that called {@code runtime.Goexit}. Main's frame is implicit (the
 * abstract machine does not announce it).
 * <p>
 * Events name a frame by its function only, and two invocations of one function can be live at once (a
 * closure deferred twice, its first frame still panicking when the second starts). Each deferred call
 * therefore remembers the invocation that pushed it, by the call object's identity: a {@code DeferPushed},
 * a reached line and a {@code Returned} come from the running frame, which is the innermost live one of its
 * name, so taking the innermost there is exact; a {@code DeferredCallStarted} is looked up by its object,
 * never by name, so a start of an outer invocation's call is seen as one. {@code Recovery} is still found by
 * name: in a run that kept LIFO order so far ({@link DeferOrder} stops at the first break), the recovering call's
 * deferrer is the innermost live frame of its name. Core programs never recurse, so another invocation of
 * that function is created only after all the deferrer's calls started, hence above the recovering call on
 * the stack, and gone before that call returns.
 */
final class LiveFrames {

    /** One invocation: its pending deferred calls (top first), the lines it reached, its result slots. */
    static final class Frame {
        final String name;
        /** Which invocation of its function this is, from 1: tells apart the frames of one name in messages. */
        final int invocation;
        final Deque<DeferredCall> pending = new ArrayDeque<>();
        final Set<Integer> linesReached = new HashSet<>();
        /** The variable {@code r}: the named result, or an unnamed-result function's local. */
        int r;
        /** The unnamed result slot, written only by the return statement (rule 2). */
        int slot;

        Frame(String name, int invocation) {
            this.name = name;
            this.invocation = invocation;
        }

        /** The function's name, and which invocation of it when it is not the first. */
        String label() {
            return invocation == 1 ? name : name + " (invocation " + invocation + ")";
        }
    }

    private final List<String> lines;
    private final List<Frame> frames = new ArrayList<>();
    /** The invocation that pushed each deferred call, by the call object's identity. */
    private final Map<DeferredCall, Frame> pushers = new IdentityHashMap<>();
    private final Map<String, Integer> invocations = new HashMap<>();
    private Frame goexitCaller;

    LiveFrames(SourceFile source) {
        this.lines = source.lines();
    }

    /** The source text of the line an event belongs to. */
    String line(Event e) {
        int n = e.span().line();
        return n >= 1 && n <= lines.size() ? lines.get(n - 1).strip() : "";
    }

    /** Follows the frame-changing events; other events leave the frames as they are. */
    void on(Event e) {
        if (e instanceof Event.Called c) {
            frames.add(new Frame(c.function(), invocations.merge(c.function(), 1, Integer::sum)));
        } else if (e instanceof Event.DeferPushed p) {
            Frame pusher = innermost(p.frame());
            pusher.pending.push(p.deferred());
            pushers.put(p.deferred(), pusher);
        } else if (e instanceof Event.Returned ret && find(ret.function()) != null) {
            unwindTo(find(ret.function()));
            frames.remove(frames.size() - 1);
        } else if (e instanceof Event.Recovery rec) {
            unwindTo(rec.goexitResumed() && goexitCaller != null && frames.contains(goexitCaller) ? goexitCaller
                    : innermost(rec.frame()));
        } else if (e instanceof Event.LineReached l && line(l).equals("runtime.Goexit()")) {
            goexitCaller = innermost(l.function());
        }
    }

    /**
     * The innermost live frame of {@code name}, or null: the runtime's wrappers of deferred builtins
     * ({@code deferwrap(panic)}) reach lines but are never announced as called.
     */
    Frame find(String name) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (frames.get(i).name.equals(name)) {
                return frames.get(i);
            }
        }
        return name.equals("main.main") ? innermost(name) : null;
    }

    /** The innermost live frame of {@code name}; main's frame is created on first use. */
    Frame innermost(String name) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (frames.get(i).name.equals(name)) {
                return frames.get(i);
            }
        }
        if (!name.equals("main.main")) {
            throw new IllegalStateException("no live frame of " + name + " in " + names());
        }
        Frame main = new Frame(name, invocations.merge(name, 1, Integer::sum));
        frames.add(0, main);
        return main;
    }

    /** The invocation that pushed {@code call}, live or not; null for a call no DeferPushed announced. */
    Frame pusher(DeferredCall call) {
        return pushers.get(call);
    }

    boolean live(Frame f) {
        return frames.contains(f);
    }

    /** The frames called, directly or through deferred calls, by {@code f} and still live. */
    List<Frame> deeperThan(Frame f) {
        return frames.subList(frames.indexOf(f) + 1, frames.size());
    }

    private void unwindTo(Frame f) {
        while (frames.get(frames.size() - 1) != f) {
            frames.remove(frames.size() - 1);
        }
    }

    private List<String> names() {
        return frames.stream().map(f -> f.name).toList();
    }
}

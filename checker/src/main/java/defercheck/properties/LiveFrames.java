package defercheck.properties;

import defercheck.semantics.Event;
import defercheck.source.SourceFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The goroutine's frames as a run's events show them, innermost last: {@code Called} pushes one,
 * {@code Returned} pops it, {@code Recovery} unwinds to the frame that deferred the recovering call (rule 5),
 * or, when a Goexit resumes, to the frame that called {@code runtime.Goexit}. Main's frame is implicit (the
 * abstract machine does not announce it). Core programs never recurse, so a name has at most one live frame
 * outside deferred-call chains; where two are live (a closure deferred twice), the innermost is meant.
 */
final class LiveFrames {

    /** One invocation: its pending deferred calls (top first), the lines it reached, its result slots. */
    static final class Frame {
        final String name;
        final Deque<String> pending = new ArrayDeque<>();
        final Set<Integer> linesReached = new HashSet<>();
        /** The variable {@code r}: the named result, or an unnamed-result function's local. */
        int r;
        /** The unnamed result slot, written only by the return statement (rule 2). */
        int slot;

        Frame(String name) {
            this.name = name;
        }
    }

    private final List<String> lines;
    private final List<Frame> frames = new ArrayList<>();
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
            frames.add(new Frame(c.function()));
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
        Frame main = new Frame(name);
        frames.add(0, main);
        return main;
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

package defercheck.straightline;

import defercheck.semantics.AbstractMachine;
import defercheck.semantics.Frame;
import java.util.ArrayList;
import java.util.List;

/**
 * What one frame of a run did, as a GoDefer body: {@code Mk(op, fn, val, n)} statements in the order the frame
 * did them. A deferred call's body is made at its defer statement, before its frame exists.
 */
final class StraightLineBody {
    /** One statement; {@code target} is the body a call or defer names. */
    record Op(String op, StraightLineBody target, int val) { }

    final List<Op> ops = new ArrayList<>();
    /** For a deferred call: the body whose defer statement pushed it, and that statement's pc. */
    final StraightLineBody deferrer;
    final int deferPc;
    Frame frame;
    /** Invoked by an ordinary call (GoDefer logs what it returns), by this body. */
    boolean called;
    StraightLineBody caller;
    /** GoDefer's function bodies own their results; a deferred closure writes those of its deferrer's owner. */
    boolean function = true;
    boolean results;
    boolean named;
    /** The result values as Go prints them, when the frame started (GoDefer's 0) and now. */
    String zero = "";
    String current = "";
    /** The number GoDefer's program gives this body, once the run is over. */
    int index;
    /** GoDefer's main: the goroutine's entry, which calls package initialisation (if any), then main.main. */
    boolean root;

    StraightLineBody(StraightLineBody deferrer, int deferPc) {
        this.deferrer = deferrer;
        this.deferPc = deferPc;
    }

    /**
     * The frame this body now belongs to starts; its results are its zero values. A closure (or a deferred
     * builtin's wrapper) without results of its own is one of GoDefer's closures, whose writes go up to the
     * function it is written in; every other frame is a function body of its own.
     */
    void start(Frame f) {
        frame = f;
        results = f.function().results() > 0;
        function = results || (f.captures().length == 0 && f.wrappedBuiltin() == null);
        named = results && !f.namedResults().get(0).startsWith("~");
        zero = resultsNow();
        current = zero;
    }

    String resultsNow() {
        return String.join(", ", AbstractMachine.describeAll(frame.results()));
    }

    /**
     * The body whose results a write from this body reaches (GoDefer's OwnerOf): up from closures through the
     * frame that deferred them, or for a closure called, its caller.
     */
    StraightLineBody owner() {
        StraightLineBody b = this;
        while (!b.function && (b.deferrer != null || b.caller != null)) {
            b = b.deferrer != null ? b.deferrer : b.caller;
        }
        return b;
    }

    void add(String op, StraightLineBody target, int val) {
        ops.add(new Op(op, target, val));
    }

    String name() {
        if (root) {
            return "the goroutine's entry (runtime.main: calls the package's initialisation, if any, then main.main)";
        }
        return frame == null ? "(a deferred call that never ran)" : frame.name();
    }

    /** A function body of GoDefer's program (numbered before the deferred closures and builtins). */
    boolean functionBody() {
        return root || function && frame != null;
    }

    /** {@code <<Mk(...), ...>>} with the final body numbers. */
    String tla() {
        List<String> out = new ArrayList<>();
        for (Op o : ops) {
            int fn = o.target() == null ? 0 : o.target().index;
            int n = o.op().equals("xdefer") ? 1 : 0;
            out.add("Mk(\"" + o.op() + "\", " + fn + ", " + o.val() + ", " + n + ")");
        }
        return "<<" + String.join(", ", out) + ">>";
    }
}

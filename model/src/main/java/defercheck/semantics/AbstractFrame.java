package defercheck.semantics;

import defercheck.ir.Builtin;
import defercheck.ir.Function;
import java.util.ArrayList;
import java.util.List;

/** A frame of the abstract semantics: the interpreter's frame plus its LIFO list of deferred calls and its mode. */
public final class AbstractFrame extends Frame {
    private final List<DeferredCall> defers = new ArrayList<>();
    private FrameMode mode = FrameMode.RUNNING;

    AbstractFrame(Function function, Box[] captures, List<Value> args, Invocation invocation, int depth,
                  Builtin wrappedBuiltin) {
        super(function, captures, args, invocation, depth, wrappedBuiltin);
    }

    public FrameMode mode() {
        return mode;
    }

    void setMode(FrameMode m) {
        mode = m;
    }

    /** Rule 1's list, oldest first: the next call to run is the last. */
    public List<DeferredCall> defers() {
        return defers;
    }

    boolean hasDefers() {
        return !defers.isEmpty();
    }

    /** Rule 3: the deferred call is removed before it is called. */
    DeferredCall popDefer() {
        return defers.remove(defers.size() - 1);
    }
}

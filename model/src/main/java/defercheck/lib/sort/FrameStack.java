package defercheck.lib.sort;

/** The explicit call stack of a sort machine (instead of Java recursion): immutable, innermost frame first. */
record FrameStack(Frame top, FrameStack rest) {

    FrameStack replaceTop(Frame frame) {
        return new FrameStack(frame, rest);
    }

    FrameStack push(Frame frame) {
        return new FrameStack(frame, this);
    }

    int depth() {
        return rest == null ? 1 : 1 + rest.depth();
    }
}

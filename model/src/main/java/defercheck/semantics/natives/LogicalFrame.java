package defercheck.semantics.natives;

/**
 * One frame as runtime.Callers reports it: gc's function name, the file and the line of the call or faulting
 * instruction the frame is at. {@code uncertain} says why the model cannot give this frame exactly (gc's name for
 * it depends on inlining decisions the model does not make); such a frame is refused when a program looks at it.
 */
record LogicalFrame(String function, String file, int line, String uncertain) {

    static LogicalFrame runtime(String function, String file, int line) {
        return new LogicalFrame("runtime." + function, file, line, null);
    }
}

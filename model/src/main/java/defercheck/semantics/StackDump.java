package defercheck.semantics;

import java.util.List;

/** The model's goroutine stack for crash texts: function names innermost first (not part of the contract). */
public final class StackDump {

    private StackDump() {
    }

    /** Like the runtime's traceback, at most this many frames are printed. */
    private static final int MAX_FRAMES = 100;

    /** The same dump for any machine's frames, innermost last in the list. */
    public static String render(List<Frame> frames) {
        StringBuilder sb = new StringBuilder();
        int last = Math.max(0, frames.size() - MAX_FRAMES);
        for (int i = frames.size() - 1; i >= last; i--) {
            Frame f = frames.get(i);
            int pc = Math.max(0, Math.min(f.pc() - 1, f.function().code().size() - 1));
            int line = f.function().code().isEmpty() ? f.function().span().line()
                    : f.function().code().get(pc).span().line();
            sb.append(f.name()).append("(...)\n\t").append(f.function().span().file()).append(':')
                    .append(line).append('\n');
        }
        if (last > 0) {
            sb.append("...additional frames elided...\n");
        }
        return sb.toString();
    }
}

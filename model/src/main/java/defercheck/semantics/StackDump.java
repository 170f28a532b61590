package defercheck.semantics;

import java.util.List;

/** The model's goroutine stack for crash texts: function names innermost first (not part of the contract). */
final class StackDump {

    private StackDump() {
    }

    static String render(Machine m) {
        StringBuilder sb = new StringBuilder();
        List<Frame> frames = m.frameStack();
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame f = frames.get(i);
            int pc = Math.max(0, Math.min(f.pc() - 1, f.function().code().size() - 1));
            int line = f.function().code().isEmpty() ? f.function().span().line()
                    : f.function().code().get(pc).span().line();
            sb.append(f.name()).append("(...)\n\t").append(f.function().span().file()).append(':')
                    .append(line).append('\n');
        }
        return sb.toString();
    }
}

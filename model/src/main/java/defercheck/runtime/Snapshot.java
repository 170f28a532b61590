package defercheck.runtime;

import java.util.List;

/**
 * The strategy-level state at one moment, for trace printers: the g._defer chain head first with every
 * record's fields, each frame (innermost first) with its deferBits, slots, stack records and the runtime
 * routine running on it, the g._panic chain newest first, and the per-P pool.
 */
public record Snapshot(List<String> chain, List<String> frames, List<String> panics, String pool) {

    public Snapshot {
        chain = List.copyOf(chain);
        frames = List.copyOf(frames);
        panics = List.copyOf(panics);
    }

    public String render(String indent) {
        StringBuilder sb = new StringBuilder();
        sb.append(indent).append("g._defer: ").append(chain.isEmpty() ? "nil" : String.join(" -> ", chain)).append('\n');
        for (int i = 0; i < frames.size(); i++) {
            sb.append(indent).append(i == 0 ? "frames:   " : "          ").append(frames.get(i)).append('\n');
        }
        sb.append(indent).append("g._panic: ").append(panics.isEmpty() ? "nil" : String.join(" -> ", panics)).append('\n');
        sb.append(indent).append("pool:     ").append(pool).append('\n');
        return sb.toString();
    }
}

package defercheck.runtime;

import defercheck.semantics.FrameSnapshot;
import defercheck.semantics.Snapshot;
import java.util.List;

/**
 * A runtime machine's state at one moment: the g._defer chain head first with every record's fields, each
 * frame (innermost first) with its sp, deferBits, slots, stack records and the runtime routine running on it,
 * the g._panic chain newest first, and the per-P pool.
 */
public record RuntimeSnapshot(List<String> chain, List<FrameSnapshot> frames, List<String> panics, String pool)
        implements Snapshot {

    public RuntimeSnapshot {
        chain = List.copyOf(chain);
        frames = List.copyOf(frames);
        panics = List.copyOf(panics);
    }

    @Override
    public String render(String indent) {
        StringBuilder sb = new StringBuilder();
        sb.append(indent).append("g._defer: ").append(chain.isEmpty() ? "nil" : String.join(" -> ", chain)).append('\n');
        for (int i = 0; i < frames.size(); i++) {
            FrameSnapshot f = frames.get(i);
            sb.append(indent).append(i == 0 ? "frames:   " : "          ").append(f.function()).append(' ')
                    .append(f.detail()).append('\n');
        }
        sb.append(indent).append("g._panic: ").append(panics.isEmpty() ? "nil" : String.join(" -> ", panics)).append('\n');
        sb.append(indent).append("pool:     ").append(pool).append('\n');
        return sb.toString();
    }
}

package defercheck.semantics;

import java.util.ArrayList;
import java.util.List;

/** The abstract semantics' state: frames with their modes and LIFO deferred calls, and the panic stack. */
public record AbstractSnapshot(List<FrameSnapshot> frames, List<String> panics) implements Snapshot {

    public AbstractSnapshot {
        frames = List.copyOf(frames);
        panics = List.copyOf(panics);
    }

    /** Frames given outermost first, panics oldest first, as the machine keeps them. */
    static AbstractSnapshot of(List<AbstractFrame> frames, List<PanicRecord> panics) {
        List<FrameSnapshot> fs = new ArrayList<>(frames.size());
        for (int i = frames.size() - 1; i >= 0; i--) {
            AbstractFrame f = frames.get(i);
            List<DeferredCall> defers = f.defers();
            List<String> pending = new ArrayList<>(defers.size());
            for (int k = defers.size() - 1; k >= 0; k--) {
                pending.add(defers.get(k).describe());
            }
            fs.add(new FrameSnapshot(f.name(), f.mode().name(), pending));
        }
        List<String> ps = new ArrayList<>(panics.size());
        for (int i = panics.size() - 1; i >= 0; i--) {
            ps.add(panics.get(i).describe());
        }
        return new AbstractSnapshot(fs, ps);
    }

    @Override
    public List<String> chain() {
        return null;
    }

    @Override
    public String pool() {
        return null;
    }

    @Override
    public String render(String indent) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < frames.size(); i++) {
            FrameSnapshot f = frames.get(i);
            sb.append(indent).append(i == 0 ? "frames: " : "        ").append(f.function())
                    .append(FrameMode.valueOf(f.detail()).traceSuffix()).append(" defers [")
                    .append(String.join(", ", f.pending())).append("]\n");
        }
        return sb.append(indent).append("panics: ").append(panics.isEmpty() ? "none" : String.join(", ", panics))
                .append('\n').toString();
    }
}

package defercheck.semantics;

import java.util.List;

/**
 * One frame of a {@link Snapshot}. {@code detail} is what the machine alone knows (the abstract frame's
 * {@link FrameMode}; a runtime frame's sp, deferBits, slots, stack records and the runtime routine running on it).
 * {@code pending} is the deferred calls the frame still owes, in the order they would run.
 */
public record FrameSnapshot(String function, String detail, List<String> pending) {

    public FrameSnapshot {
        pending = List.copyOf(pending);
    }
}

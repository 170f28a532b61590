package defercheck.semantics;

import java.util.List;

/**
 * A machine's state at one moment as traces show it: the running goroutine's frames, innermost first, each with
 * the deferred calls it still owes in the order they would run (the one notion every machine shares, so traces
 * of two machines compare it), and its panics, newest first; a runtime machine adds the {@code g._defer} chain
 * and the defer pool. Each machine words its frames and panics its own way ({@link FrameSnapshot#detail()}).
 */
public interface Snapshot {

    List<FrameSnapshot> frames();

    List<String> panics();

    /** The {@code g._defer} chain, head first, each record with its fields; null for a machine without one. */
    List<String> chain();

    /** The defer pool; null for a machine without one. */
    String pool();

    /** The state panel {@code run --trace} prints, each line starting with {@code indent}. */
    String render(String indent);
}

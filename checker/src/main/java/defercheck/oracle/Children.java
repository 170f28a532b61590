package defercheck.oracle;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processes the oracle has started and not yet seen end. When the JVM is stopped (Ctrl-C, kill), they are
 * killed too: a gccgo build runs for minutes and an interpreter can sit blocked forever, and neither should
 * outlive the run that started it.
 */
final class Children {
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    /** Set by the shutdown hook before it kills: the workers keep starting processes while the JVM stops. */
    private static volatile boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping = true;
            LIVE.forEach(Children::kill);
        }, "oracle-children"));
    }

    private Children() {
    }

    /** Added before {@code stopping} is read, so that the hook or this call (or both) kills {@code p}. */
    static Process started(Process p) {
        LIVE.add(p);
        if (stopping) {
            kill(p);
        }
        return p;
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    static void ended(Process p) {
        LIVE.remove(p);
    }
}

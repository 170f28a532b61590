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

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }), "oracle-children"));
    }

    private Children() {
    }

    static Process started(Process p) {
        LIVE.add(p);
        return p;
    }

    static void ended(Process p) {
        LIVE.remove(p);
    }
}

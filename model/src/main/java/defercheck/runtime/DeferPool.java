package defercheck.runtime;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * runtime.newdefer/freedefer's record cache: a per-P pool backed by the global {@code sched.deferpool}.
 * With one P, as here, the global pool only matters for its spill rule: when the local pool is full,
 * freedefer moves half of it to the global pool, and newdefer refills half a pool from there.
 */
final class DeferPool {
    /** Capacity of pp.deferpool (runtime2.go: deferpool []*_defer with deferpoolbuf [32]*_defer). */
    static final int LOCAL_CAPACITY = 32;
    private final Deque<DeferRecord> local = new ArrayDeque<>();
    private final Deque<DeferRecord> global = new ArrayDeque<>();
    private int allocated;

    /** Returns a pooled record, or null when newdefer has to mallocgc a fresh one. */
    DeferRecord take() {
        if (local.isEmpty()) {
            while (local.size() < LOCAL_CAPACITY / 2 && !global.isEmpty()) {
                local.push(global.pop());
            }
        }
        return local.isEmpty() ? null : local.pop();
    }

    DeferRecord allocate() {
        return new DeferRecord(++allocated, true);
    }

    /** freedefer: stack records are not pooled (they die with their frame). */
    void free(DeferRecord d) {
        if (!d.heap) {
            return;
        }
        d.reset();
        if (local.size() == LOCAL_CAPACITY) {
            for (int i = 0; i < LOCAL_CAPACITY / 2; i++) {
                global.push(local.pollLast());
            }
        }
        local.push(d);
    }

    int localSize() {
        return local.size();
    }

    int globalSize() {
        return global.size();
    }
}

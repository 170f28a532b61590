package defercheck.runtime;

import defercheck.semantics.DeferredCall;

/**
 * One {@code runtime._defer} on the goroutine's chain. The fields are the runtime's (runtime2.go):
 * {@code started}, {@code heap}, {@code sp}, {@code pc}, {@code fn}, {@code _panic}, {@code link}, plus the
 * 1.14–1.21 open-coded fields ({@code openDefer}; {@code varp} stands for the frame whose deferBits and
 * slots the synthetic record reads). Mutable, like the runtime's.
 */
public final class DeferRecord {
    /** Allocation serial: "heap record #3"; a pooled record keeps its number when reused. */
    final int id;
    final boolean heap;
    boolean started;
    long sp;
    /** Where recovery resumes: "deferproc return in f" (ret=1) or "deferreturn segment of f". */
    String pc;
    DeferredCall fn;
    RuntimePanic panic;
    DeferRecord link;
    boolean openDefer;
    GoFrame varp;

    DeferRecord(int id, boolean heap) {
        this.id = id;
        this.heap = heap;
    }

    /** What freedefer clears before the record goes back to the pool. */
    void reset() {
        started = false;
        sp = 0;
        pc = null;
        fn = null;
        panic = null;
        link = null;
        openDefer = false;
        varp = null;
    }

    public String describe() {
        StringBuilder sb = new StringBuilder(heap ? "heap#" : "stack#").append(id)
                .append("{sp=").append(Sp.hex(sp));
        if (openDefer) {
            sb.append(" openDefer frame=").append(varp == null ? "?" : varp.name());
        } else {
            sb.append(" fn=").append(fn == null ? "nil" : fn.describe());
        }
        sb.append(" started=").append(started)
                .append(" _panic=").append(panic == null ? "nil" : "#" + panic.serial)
                .append(" pc=").append(pc).append('}');
        return sb.toString();
    }
}

package defercheck.fast;

/**
 * runtime/DeferStatement on a {@link FastRuntimeMachine}'s arrays: what the compiler emits for a {@code defer}
 * statement per the frame's plan: openDeferRecord (slot, then bit), deferprocStack or deferproc.
 */
final class FastDeferStatement {
    private final FastRuntimeMachine m;

    FastDeferStatement(FastRuntimeMachine m) {
        this.m = m;
    }

    void execute(int f, int site, int instance) {
        int allocation = m.plan.allocation[m.code.siteStart[m.function[f]] + site];
        if (allocation == FastPlan.OPEN_CODED) {
            openDeferRecord(f, site, instance);
        } else if (allocation == FastPlan.STACK) {
            deferprocStack(f, site, instance);
        } else {
            deferproc(f, site, instance);
        }
    }

    /** The slot is written before the bit is set, so a panic in between never sees a half-made defer. */
    private void openDeferRecord(int f, int site, int instance) {
        m.slotInstance[f * FastCode.MAX_SITES + site] = instance;
        m.deferBits[f] |= 1 << site;
    }

    /** runtime.deferprocStack: the record lives in the frame and is never pooled (heap=false). */
    private void deferprocStack(int f, int site, int instance) {
        int d = m.allocate(false);
        fill(d, f, site, instance);
        m.pushRecord(d);
    }

    /** runtime.deferproc: newdefer, then link at the head (d.link = g._defer; g._defer = d). */
    private void deferproc(int f, int site, int instance) {
        int d = m.newdefer();
        fill(d, f, site, instance);
        m.pushRecord(d);
    }

    private void fill(int d, int f, int site, int instance) {
        m.started[d] = false;
        m.sp[d] = f;
        m.fnSite[d] = site;
        m.fnInstance[d] = instance;
        m.panic[d] = FastRuntimeMachine.NIL;
    }
}

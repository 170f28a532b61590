package defercheck.runtime;

import defercheck.semantics.GoroutineState;
import defercheck.semantics.PanicRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A goroutine of a {@link RuntimeMachine}, the runtime's {@code g}: its frames, the {@code g._defer} and
 * {@code g._panic} chains and 1.22's {@code gp.param}. The per-P defer pool is the machine's.
 */
final class RuntimeGoroutine extends GoroutineState<GoFrame> {
    /** g._defer: the head of the chain. */
    DeferRecord deferHead;
    /** g._panic: the newest panic. */
    RuntimePanic panicHead;
    /** gp.param's savedOpenDeferState (1.22+): the open frame whose remaining bits the next deferreturn drains. */
    GoFrame savedOpenDeferState;

    RuntimeGoroutine(int id) {
        super(id);
    }

    /** g._panic oldest first, without 1.22's deferreturn records (the runtime's own, no Go panic). */
    @Override
    public List<PanicRecord> panics() {
        List<PanicRecord> oldestFirst = new ArrayList<>();
        for (RuntimePanic p = panicHead; p != null; p = p.link) {
            if (!p.deferreturn) {
                oldestFirst.add(0, p.toRecord(0));
            }
        }
        return oldestFirst;
    }
}

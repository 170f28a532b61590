package defercheck.tlc;

import defercheck.runtime.RuntimeMachine;
import defercheck.runtime.RuntimeView;
import defercheck.semantics.DeferredCall;
import defercheck.semantics.Frame;
import defercheck.semantics.Machine;
import defercheck.semantics.PanicRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The goroutine of a run as {@link StraightLine} reads it, the same for the abstract machine and every strategy
 * machine: frames outermost first, panics oldest first, and every deferred call the machine still holds.
 */
interface GoroutineView {
    List<Frame> frames();

    List<PanicRecord> panics();

    List<DeferredCall> heldCalls();

    static GoroutineView of(Machine m) {
        return new GoroutineView() {
            @Override
            public List<Frame> frames() {
                return m.frames();
            }

            @Override
            public List<PanicRecord> panics() {
                return m.panics();
            }

            @Override
            public List<DeferredCall> heldCalls() {
                List<DeferredCall> out = new ArrayList<>();
                m.frames().forEach(f -> out.addAll(f.defers()));
                return out;
            }
        };
    }

    static GoroutineView of(RuntimeMachine m) {
        return new GoroutineView() {
            @Override
            public List<Frame> frames() {
                return RuntimeView.frames(m);
            }

            @Override
            public List<PanicRecord> panics() {
                return RuntimeView.panics(m);
            }

            @Override
            public List<DeferredCall> heldCalls() {
                return RuntimeView.heldCalls(m);
            }
        };
    }
}

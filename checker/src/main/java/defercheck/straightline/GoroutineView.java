package defercheck.straightline;

import defercheck.runtime.RuntimeMachine;
import defercheck.runtime.RuntimeView;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.Frame;
import defercheck.semantics.PanicRecord;
import java.util.List;

/**
 * The goroutine of a run as {@link StraightLine} reads it, the same for the abstract machine and every strategy
 * machine: frames outermost first, panics oldest first.
 */
interface GoroutineView {
    List<Frame> frames();

    List<PanicRecord> panics();

    static GoroutineView of(AbstractMachine m) {
        return new GoroutineView() {
            @Override
            public List<Frame> frames() {
                return m.frames();
            }

            @Override
            public List<PanicRecord> panics() {
                return m.panics();
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
        };
    }
}

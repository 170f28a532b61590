package defercheck.semantics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A goroutine of the {@link AbstractMachine}: its frames (each with its LIFO defers) and its own panic stack. */
final class AbstractGoroutine extends GoroutineState<AbstractFrame> {
    /** The panic stack, oldest first. */
    final List<PanicRecord> panicStack = new ArrayList<>();

    AbstractGoroutine(int id) {
        super(id);
    }

    @Override
    public List<PanicRecord> panics() {
        return Collections.unmodifiableList(panicStack);
    }
}

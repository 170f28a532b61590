package defercheck.lib.sort;

/**
 * What a sort machine asks for next. The caller answers a {@link Less} with the Go {@code Less(i, j)} (or the
 * user's less function) and performs a {@link Swap} on the data (sort.Interface's Swap method, or the slice
 * swap that sort.Slice and package slices do themselves) before resuming. Every step holds the immutable
 * machine state it resumes from, so a step can be kept, compared and resumed more than once (a model checker
 * exploring both answers of an inconsistent less needs exactly that).
 */
public sealed interface SortStep {

    /** The algorithm asks whether element i sorts before element j. */
    record Less(int i, int j, SortMachine machine) implements SortStep {
        /** The next step once the less call returned {@code less}. */
        public SortStep answer(boolean less) {
            return machine.resume(Resumed.less(less));
        }
    }

    /** The algorithm swaps elements i and j. */
    record Swap(int i, int j, SortMachine machine) implements SortStep {
        /** The next step once the swap is done. */
        public SortStep swapped() {
            return machine.resume(Resumed.NOTHING);
        }
    }

    /** The algorithm returned; {@code result} is IsSorted's answer (true for the sorts). */
    record Done(boolean result) implements SortStep {
    }
}

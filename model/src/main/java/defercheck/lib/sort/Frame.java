package defercheck.lib.sort;

/**
 * One activation of a routine of Go's sort algorithms, as an immutable record: its parameters, locals and a
 * program counter {@code pc} saying where it resumes. {@link #step} runs the routine from there until it
 * needs something from outside (a less answer, a swap, a callee's result) or returns. A frame only reads
 * {@code in} right after resuming at the point that asked for it.
 */
sealed interface Frame permits InsertionSortFrame, HeapSortFrame, PdqsortFrame, PartitionFrame,
        PartitionEqualFrame, PartialInsertionSortFrame, BreakPatternsFrame, ChoosePivotFrame, MedianFrame,
        ReverseRangeFrame, StableFrame, SymMergeFrame, RotateFrame, IsSortedFrame {

    Effect step(Resumed in);
}

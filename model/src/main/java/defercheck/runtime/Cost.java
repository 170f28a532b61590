package defercheck.runtime;

/**
 * What one run cost a machine: what each strategy of docs/runtime.md spends on defer.
 * {@code heapAllocated} counts mallocgc of a {@code _defer}; {@code poolReuses} counts records newdefer took
 * from the per-P or global pool; {@code deferreturnCalls} counts entries into runtime.deferreturn, including
 * the re-entries through jmpdefer of the heap and stack machines (Go ≤ 1.13).
 */
public record Cost(
        long heapAllocated,
        long poolReuses,
        long stackRecords,
        long openBitsSet,
        long deferproc,
        long deferprocStack,
        long deferreturnCalls,
        long gopanicIterations,
        long syntheticRecords,
        long recoveryJumps) {

    public String render() {
        return "heap records allocated " + heapAllocated + ", pool reuses " + poolReuses
                + ", stack records " + stackRecords + ", open-coded bits set " + openBitsSet
                + "; runtime calls: deferproc " + deferproc + ", deferprocStack " + deferprocStack
                + ", deferreturn " + deferreturnCalls + ", gopanic/Goexit iterations " + gopanicIterations
                + ", synthetic open records " + syntheticRecords + ", recovery jumps " + recoveryJumps;
    }
}

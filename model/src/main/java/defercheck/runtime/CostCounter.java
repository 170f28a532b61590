package defercheck.runtime;

/** The mutable tally behind {@link Cost}; one per run. */
final class CostCounter {
    long heapAllocated;
    long poolReuses;
    long stackRecords;
    long openBitsSet;
    long deferproc;
    long deferprocStack;
    long deferreturnCalls;
    long gopanicIterations;
    long syntheticRecords;
    long recoveryJumps;

    Cost snapshot() {
        return new Cost(heapAllocated, poolReuses, stackRecords, openBitsSet, deferproc, deferprocStack,
                deferreturnCalls, gopanicIterations, syntheticRecords, recoveryJumps);
    }
}

package defercheck.explore;

import defercheck.core.CoreProgram;

/** Walks a space in rank order. For now each step unranks afresh; a successor walk can replace it. */
final class ProgramCursor {
    private final ProgramSpace space;
    private long rank;

    ProgramCursor(ProgramSpace space) {
        this.space = space;
    }

    void seek(long r) {
        rank = r;
    }

    void advance() {
        rank++;
    }

    CoreProgram program() {
        return space.program(rank);
    }
}

package defercheck.explore;

import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.TokenCodec;

/** Checks one program of the space; true when every machine agrees. One instance per worker thread. */
@FunctionalInterface
public interface ProgramCheck {

    boolean agrees(CoreProgram program);

    /** The same check of a program given as its token string; a check that reads tokens directly overrides it. */
    default boolean agrees(int[] tokens, int length) {
        return agrees(TokenCodec.decode(tokens, length));
    }

    /** The schedules this check has explored so far, over the programs with goroutines it checked. */
    default long schedules() {
        return 0;
    }
}

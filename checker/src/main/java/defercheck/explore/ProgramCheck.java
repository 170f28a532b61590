package defercheck.explore;

import defercheck.core.CoreProgram;

/** Checks one program of the space; true when every machine agrees. One instance per worker thread. */
@FunctionalInterface
public interface ProgramCheck {

    boolean agrees(CoreProgram program);
}

package defercheck.semantics;

import java.util.List;

/**
 * The one contract of every machine that runs a Go program: the abstract semantics and each runtime strategy
 * (and each mutant of one). A machine starts at the program's entry and steps deterministically, one instruction
 * or one action of its defer machinery per step, telling its {@link MachineListener} each {@link Event}; it ends
 * with an {@link Outcome}.
 *
 * <p>What belongs to the whole program is the machine's: the globals, what was written to stdout and stderr, the
 * outcome, the step budget and, in a runtime machine, the per-P defer pool. What belongs to one goroutine is its
 * {@link Goroutine}'s: frames, deferred calls, the panics and a Goexit under way. Today a program has one
 * goroutine, main's, so {@link #running()} is always it; with several, a scheduler picks the goroutine each step
 * runs, and a listener learns from {@link #running()} whose event it receives.
 */
public interface Machine {

    /** {@code abstract}, or the strategy machine's name ({@code heap}, {@code go1.23 (panicloop runtime)}). */
    String name();

    /** One step of the program; false once it has ended. */
    boolean step();

    /** Steps to the end (or to the step budget). */
    default Outcome run() {
        while (step()) {
            // one instruction or one action of the defer machinery per step
        }
        return outcome();
    }

    /** How the run ended; null while it runs. */
    Outcome outcome();

    /** The steps taken so far. */
    long steps();

    /** The program's goroutines, main's first. */
    List<Goroutine> goroutines();

    /** The goroutine taking the current step: the one whose event a listener is receiving. */
    Goroutine running();

    /** The running goroutine's state in the machine's own terms, as traces show it. */
    Snapshot snapshot();

    /**
     * Whether the event can change what {@link #snapshot()} shows, so that {@code run --trace} prints the state
     * again after it. Decided from the kind of event alone, before any snapshot is built.
     */
    boolean changesSnapshot(Event e);

    /**
     * The chooser of every choice Go leaves open in this run (schedule, select, map order); {@link Chooser#FIRST}
     * unless set, before the first step, to another.
     */
    void choices(Chooser chooser);
}

package defercheck.runtime;

import defercheck.semantics.Event;

/** Receives each event of a strategy machine, with the machine in the state right after it. */
@FunctionalInterface
public interface RuntimeListener {

    RuntimeListener NONE = (event, machine) -> { };

    void onEvent(Event event, RuntimeMachine machine);
}

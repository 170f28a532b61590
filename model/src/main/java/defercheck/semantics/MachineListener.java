package defercheck.semantics;

/** Receives each event as it happens, with the machine in the state right after it. */
@FunctionalInterface
public interface MachineListener {

    MachineListener NONE = (event, machine) -> { };

    void onEvent(Event event, AbstractMachine machine);
}

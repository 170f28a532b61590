package defercheck.semantics;

/**
 * Receives each event of any machine, with the machine in the state right after it; the event belongs to
 * {@link Machine#running()}. The one listener type: a reader written against it follows the abstract semantics
 * and every strategy machine alike.
 */
@FunctionalInterface
public interface MachineListener {

    MachineListener NONE = (event, machine) -> { };

    void onEvent(Event event, Machine machine);
}

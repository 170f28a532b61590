/**
 * The abstract semantics of docs/semantics.md: {@link defercheck.semantics.AbstractMachine} with
 * {@code PanicMachinery} implements its rules 1 to 9 (the rule numbers in this package's comments are
 * that document's), one explicit step at a time. Also what every machine shares so that they cannot drift
 * apart: the interpreter of plain instructions, values and how they print, run-time errors, crash texts,
 * events (the observable ones are the contract every strategy must meet) and outcomes; the scheduler of
 * goroutines and every choice a run makes that Go leaves open ({@code Chooser}: schedule, select, map order),
 * with the footprints that tell an exploration which steps commute ({@code Footprint}). May use {@code ir}
 * and {@code source}; it knows nothing of runtime strategies.
 */
package defercheck.semantics;

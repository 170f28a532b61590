/**
 * The calculus link between Java and TLA+: programs of spec/Calculus.tla as Java values, their translation into
 * core programs and the recognizer that reads such Go source back, Java's run of one as GoDefer's log and
 * outcome ({@code JavaOutcome}), and the trace-validation modules that check Java's strategy machines against
 * the strategy specs ({@code TlaTraceExport}). It may use the model (ir, semantics, runtime), {@code coreprogram},
 * {@code explore} and {@code tlc}.
 */
package defercheck.calculus;

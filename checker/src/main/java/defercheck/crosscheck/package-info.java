/**
 * The explorer cross-check: for one explorer bound, TLC checks that spec/ProgramSpace.tla enumerates the same
 * programs as the explorer and that GoDefer ends each with the log and outcome of Java's abstract semantics
 * ({@code CrossCheck}); explorer programs and bounds as TLA+ values ({@code ExplorerTla}); and the one-program
 * module {@code trace export --format tla} writes for an explorer program on any machine
 * ({@code ExplorerTraceExport}). It may use the model, {@code coreprogram}, {@code explore}, {@code calculus}
 * (GoDefer's outcome format) and {@code tlc}.
 */
package defercheck.crosscheck;

/**
 * The runtime strategy machines of docs/runtime.md: one goroutine on the runtime's own data structures
 * ({@code _defer} records on {@code g._defer}, {@code _panic} records, {@code deferBits} and closure slots,
 * the record pool), with the 1.12-1.21 gopanic loop ({@code LegacyRuntime}, {@code OpenDeferFrames}) or the
 * 1.22 panic loop ({@code PanicLoopRuntime}). Owns the machine registry ({@link defercheck.runtime.Strategy}),
 * the per-site plans a machine is built with, the mutants and their flaws, cost accounting, and the
 * comparison of machines' observables. May use {@code semantics} (its interpreter, values, events and crash
 * texts), {@code plan}, {@code ir} and {@code source}.
 */
package defercheck.runtime;

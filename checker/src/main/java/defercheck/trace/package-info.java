/**
 * Traces: a machine's run recorded step by step with its span, event and state ({@code Recorder}), the
 * {@code defercheck.counterexample/2} file format documented in traces/README.md ({@code TraceWriter},
 * {@code TraceReader}, {@code CounterexampleWriter}), replay through the full front end, and the ways to look
 * at one: terminal steps and side-by-side diffs aligned on observable events, ITF JSON, a TLA+ module
 * ({@code TlaTraceFile} picks the calculus, cross-check or straight-line route) and a self-contained HTML page.
 * It may use the model, {@code coreprogram} and {@code coreprogram.read}, {@code explore}, and the TLA+
 * packages ({@code tlc}, {@code calculus}, {@code crosscheck}, {@code straightline}) for export; the commands
 * are in {@code cli}.
 */
package defercheck.trace;

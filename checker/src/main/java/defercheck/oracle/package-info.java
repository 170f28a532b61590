/**
 * The differential oracle against a real Go toolchain: core programs of a bound printed as Go, built 1,000
 * cases to a binary ({@code Batch}) while the previous batch runs, each case run in a reused process and
 * compared with the model of the toolchain's version (exit code, stdout, stderr up to the goroutine dump, the
 * {@code -d=defer} plan); a disagreement is rebuilt and run alone, matched against the known toolchain bugs
 * ({@code KnownBugShapes}) and written as a file ({@code OracleTraces}). It may use {@code coreprogram},
 * {@code explore} and the model, {@code toolchain} included; the command that drives it is in {@code cli}.
 */
package defercheck.oracle;

/**
 * The front end's entry point: {@link defercheck.Frontend#compile} takes one Go source file through the
 * parser, the checker and the lowering to an {@link defercheck.ir.Program}, or stops with the diagnostics
 * sorted by position ({@link defercheck.Compilation}). It may use {@code source}, {@code syntax},
 * {@code check}, {@code lower} and {@code ir}; no machine and nothing of the checker module.
 */
package defercheck;

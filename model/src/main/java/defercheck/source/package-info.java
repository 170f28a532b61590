/**
 * What every layer shares about an input program: source files, spans ({@code file:line:col}, columns in
 * bytes as gc counts them), diagnostics, and the Go version with every rule that depends on it
 * ({@link defercheck.source.GoVersion}; docs/semantics.md lists them). The bottom layer: it uses no other
 * package of ours.
 */
package defercheck.source;

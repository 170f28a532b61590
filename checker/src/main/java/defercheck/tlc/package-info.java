/**
 * Running TLC: the runner (TLC in a forked JVM, one model at a time), the parser of TLC's output into a
 * {@code TlcResult} with its counterexample states, spec/manifest.json and the check of each model against it,
 * the coverage gate over the models' {@code -coverage} counts ({@code CoverageGate}, with {@code SpecBranches}
 * finding the IF/CASE branches by parsing the specs with SANY),
 * counterexamples written to traces/tlc and turned back into a trace-validation module of their model
 * ({@code TlcTraceExport}), and TLC run on a generated trace module ({@code TraceValidation}). It also holds the
 * text every generated TLA+ module shares ({@code TlaText}, {@code OneRunModule}). It uses no other defercheck
 * package and knows nothing of what the generated modules check: the calculus link, the cross-check and the
 * straight-line route use it, never the other way round.
 */
package defercheck.tlc;

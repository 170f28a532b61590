package defercheck.trace;

/** How a machine's run ended, as the trace records it. */
public record TraceOutcome(String kind, int exitCode, String stdout, String stderr) {
}

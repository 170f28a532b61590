package defercheck.trace;

/** The first observable where a machine differs from the reference: index into both observable lists. */
public record Divergence(String reference, String machine, int observableIndex, String expected, String actual) {
}

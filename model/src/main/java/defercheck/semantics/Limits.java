package defercheck.semantics;

/**
 * Budgets that keep every run finite. {@code maxDepth} stands in for Go's 1 GB stack: past it the run
 * ends with Go's own stack-overflow fatal error. {@code maxSteps} is not Go behaviour: it ends endless
 * loops with exit code 124, as timeout(1) does.
 */
public record Limits(long maxSteps, int maxDepth) {

    public static final Limits DEFAULT = new Limits(50_000_000L, 100_000);

    public Limits {
        if (maxSteps <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}

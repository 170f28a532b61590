package defercheck.serve;

/**
 * What one playground bounds. {@code maxSourceBytes} caps a request body; {@code maxSteps} is the run's step
 * budget (past it the run ends as {@code run} ends it, exit 124); {@code timeLimitMs} bounds a request's run;
 * {@code workers} runs go at once and {@code queue} more wait, beyond which a request is answered 429.
 */
public record ServeLimits(int maxSourceBytes, long maxSteps, int maxDepth, long timeLimitMs, int workers, int queue) {

    public static final ServeLimits DEFAULT = new ServeLimits(64 * 1024, 5_000_000, 100_000, 10_000, 2, 8);

    public ServeLimits {
        if (maxSourceBytes <= 0 || maxSteps <= 0 || maxDepth <= 0 || timeLimitMs <= 0 || workers <= 0 || queue < 0) {
            throw new IllegalArgumentException("limits must be positive (the queue may be 0)");
        }
    }
}

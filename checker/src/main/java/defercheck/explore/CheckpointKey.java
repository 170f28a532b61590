package defercheck.explore;

/**
 * What a checkpoint is of: the exploration (bound, Go version, mutant, rank range, first or all) and the
 * engine that checks it. Both engines are meant to reach the same totals, but a summary names one engine, and
 * the fast engine's agreements are not re-checked by the reference machines: totals counted partly by each
 * would be vouched for by neither. So only the engine that wrote a checkpoint resumes it.
 */
public record CheckpointKey(String exploration, Engine engine) {

    public CheckpointKey {
        if (exploration == null || engine == null) {
            throw new IllegalArgumentException("a checkpoint key needs an exploration and an engine");
        }
    }
}

package defercheck.explore;

/**
 * A fast machine disagreed with the fast abstract semantics on a program where the reference machines all
 * agree: a bug in the fast engine, not in Go's strategies. It stops the exploration, since a run that went on
 * would report results of an engine known to be wrong.
 */
public final class FastEngineBug extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FastEngineBug(String message) {
        super(message);
    }
}

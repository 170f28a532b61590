package defercheck.tlc;

import java.util.List;

/**
 * What one TLC run reported.
 *
 * @param kind            how the run ended
 * @param violated        the invariant or property TLC named, or null
 * @param message         TLC's own error text for the first error, or null on success
 * @param distinctStates  distinct states found (-1 when TLC did not say)
 * @param statesGenerated states generated, TLC's "total" (-1 when TLC did not say)
 * @param depth           depth of the state graph search (-1 when TLC did not say)
 * @param seconds         wall-clock time of the forked run
 * @param trace           counterexample states, empty on success
 */
public record TlcResult(Kind kind, String violated, String message, long distinctStates, long statesGenerated,
                        int depth, double seconds, List<TlcState> trace) {

    /** How a TLC run ended. */
    public enum Kind { SUCCESS, INVARIANT_VIOLATED, PROPERTY_VIOLATED, DEADLOCK, ERROR, TIMEOUT }

    public TlcResult {
        trace = List.copyOf(trace);
    }

    /** The form used in spec/manifest.json: "success", "invariant X violated", "property X violated", ... */
    public String describe() {
        return switch (kind) {
            case SUCCESS -> "success";
            case INVARIANT_VIOLATED -> violated == null ? "invariant violated" : "invariant " + violated + " violated";
            case PROPERTY_VIOLATED -> violated == null ? "property violated" : "property " + violated + " violated";
            case DEADLOCK -> "deadlock";
            case TIMEOUT -> "timeout";
            case ERROR -> "error";
        };
    }

    TlcResult withSeconds(double s) {
        return new TlcResult(kind, violated, message, distinctStates, statesGenerated, depth, s, trace);
    }

    TlcResult withViolated(String name) {
        return new TlcResult(kind, name, message, distinctStates, statesGenerated, depth, seconds, trace);
    }
}

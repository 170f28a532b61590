package defercheck.toolchain;

/**
 * A bug of a real Go toolchain that makes a binary disagree with the specified semantics. The model keeps
 * the specified behaviour; conformance checks and the oracle report a matching disagreement as this bug.
 *
 * @param issue        the golang/go issue number
 * @param firstMinor   the first affected 1.N release
 * @param lastMinor    the last affected 1.N release (inclusive)
 * @param fixedIn      where it was fixed, or "open"
 */
public record KnownBug(int issue, int firstMinor, int lastMinor, String fixedIn, String summary) {

    public boolean affects(int minor) {
        return minor >= firstMinor && minor <= lastMinor;
    }

    public String versions() {
        return "go1." + firstMinor + (lastMinor > firstMinor ? "–go1." + lastMinor : "");
    }

    public String label() {
        return "golang/go#" + issue;
    }
}

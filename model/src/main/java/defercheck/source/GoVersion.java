package defercheck.source;

/**
 * The Go language version that decides semantics (like the {@code go} line of go.mod) and which
 * runtime strategy the real compiler would use. Supported: 1.12 to 1.23.
 */
public record GoVersion(int minor) implements Comparable<GoVersion> {

    public static final int OLDEST = 12;
    public static final int NEWEST = 23;
    public static final GoVersion DEFAULT = new GoVersion(NEWEST);

    public GoVersion {
        if (minor < OLDEST || minor > NEWEST) {
            throw new IllegalArgumentException("unsupported Go version 1." + minor
                    + " (supported: 1." + OLDEST + " to 1." + NEWEST + ")");
        }
    }

    /** Parses "1.21", "go1.21" or "1.21.3"; throws IllegalArgumentException with a readable message. */
    public static GoVersion parse(String text) {
        String t = text.trim();
        if (t.startsWith("go")) {
            t = t.substring(2);
        }
        String[] parts = t.split("\\.");
        if (parts.length < 2 || !parts[0].equals("1") || !parts[1].matches("\\d{1,3}")) {
            throw new IllegalArgumentException("bad Go version '" + text + "': want 1.N, for example 1.22");
        }
        return new GoVersion(Integer.parseInt(parts[1]));
    }

    public boolean atLeast(int otherMinor) {
        return minor >= otherMinor;
    }

    /** panic(nil) becomes a *runtime.PanicNilError (Go 1.21). */
    public boolean panicNilError() {
        return minor >= 21;
    }

    /** Each loop iteration gets its own variable (Go 1.22 language change). */
    public boolean perIterationLoopVars() {
        return minor >= 22;
    }

    /**
     * Whether runtime.Goexit pushes a {@code _panic} record (with {@code goexit} set) that recover() sees and
     * refuses. From 1.14 (the fix of golang/go#29226). Before, Goexit pushed nothing, so gorecover looked at
     * the newest real panic: a {@code defer recover()} deferred inside a deferred call D running for panic P
     * (whose argp, captured at the defer statement, is D's) and run by a Goexit inside D recovers P.
     */
    public boolean goexitHasPanicRecord() {
        return minor >= 14;
    }

    /**
     * Whether a recovery that would drop a Goexit record resumes the Goexit instead. Never before 1.14: a
     * recovered recursive panic aborts Goexit (golang/go#29226). From 1.14 to 1.21 only when the Goexit is
     * directly below the recovered panic, because gopanic checks {@code p.link} alone, so a second nested
     * recovered panic still aborts it (seen on go1.19 and go1.21). From 1.22, recovery walks every dropped panic.
     */
    public boolean recoveryResumesGoexit(boolean directlyBelowRecovered) {
        if (minor < 14) {
            return false;
        }
        return minor >= 22 || directlyBelowRecovered;
    }

    @Override
    public int compareTo(GoVersion o) {
        return Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return "1." + minor;
    }
}

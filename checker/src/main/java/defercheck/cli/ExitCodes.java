package defercheck.cli;

/**
 * The exit codes every defercheck command uses, after sysexits(3), besides a program's own status (0, 2, or
 * the {@code os.Exit} code) and 1 for a counterexample found.
 */
public final class ExitCodes {
    /** A bad command line: unknown option, out-of-range value, missing argument. */
    public static final int USAGE = 64;
    /** Bad input data: a Go file with compile errors or outside the subset, a malformed trace. */
    public static final int DATAERR = 65;
    /** An input file (program, trace, go command) that is not there or cannot be read. */
    public static final int NOINPUT = 66;
    /** A defercheck bug (an internal error, a fast-engine disagreement the reference does not confirm). */
    public static final int SOFTWARE = 70;
    /**
     * {@code run}: the program's outcome depends on choices Go leaves open (the schedule of its goroutines, a
     * select's pick, a map's order): the distinct outcomes are listed instead of one. 71 is EX_OSERR in
     * sysexits(3), which defercheck never uses in that sense; a program's own {@code os.Exit(71)} would look the
     * same, as any code would.
     */
    public static final int SCHEDULE_DEPENDENT = 71;
    /** An output file (checkpoint, JSON summary) that cannot be created. */
    public static final int CANTCREAT = 73;

    private ExitCodes() {
    }
}

package defercheck.tlc;

/**
 * The part every "one program, one machine" trace module shares ({@code crosscheck.ExplorerTraceExport},
 * {@code straightline.StraightLineExport}): GoDefer started on a fixed program, at one Go version, and the
 * invariant that when the run ends its log (instance ids dropped, as a strategy machine has none) and outcome
 * are the machine's. A batch of such runs (same Go version) is one module too: Init picks one by
 * {@code which}.
 */
public final class OneRunModule {
    /** The rest of GoDefer's Init once {@code prog} is chosen, as conjuncts of an Init, and {@code steps = 0}. */
    public static final String GODEFER_START = "          /\\ frames = <<NewFrame(Main, HowMain)>>\n"
            + "          /\\ panics = <<>>\n"
            + "          /\\ log = <<>>\n"
            + "          /\\ outcome = Running\n"
            + "          /\\ nextId = 1\n"
            + "          /\\ steps = 0\n";

    private OneRunModule() {
    }

    /**
     * The module for one run: {@code comment} goes in the header, {@code definitions} before the run,
     * {@code program} is the expression GoDefer's {@code prog} starts as, {@code expected} the machine's log and
     * outcome.
     */
    public static String render(String module, String comment, String extendsList, int goMinor, String definitions,
                         String program, String expected, int maxSteps) {
        return header(module, comment, extendsList, goMinor, "")
                + definitions
                + "\\* What the machine recorded: GoDefer's log (starts without instance ids) and outcome.\n"
                + "Expected == " + expected + "\n\n"
                + run(program, "Expected", maxSteps, "", "");
    }

    /** A batch: {@code programs} and {@code expected} are tuples (defined in {@code definitions}), one per run. */
    public static String renderBatch(String module, String comment, int goMinor, String definitions, int runs,
                              int maxSteps) {
        return header(module, comment, "GoDeferFlat", goMinor, ", which  \\* which run of the batch")
                + definitions
                + run("Progs[which]", "Exps[which]", maxSteps, "          /\\ which \\in 1.." + runs + "\n",
                        ", which");
    }

    private static String header(String module, String comment, String extendsList, int goMinor, String more) {
        String bar = "-".repeat(Math.max(4, 28 - module.length() / 2));
        return bar + " MODULE " + module + " " + bar + "\n"
                + "(* " + TlaText.commentSafe(comment) + " *)\n"
                + "EXTENDS " + extendsList + "\n\n"
                + "VARIABLE steps" + more + "  \\* steps taken before the run ended\n\n"
                + "\\* The Go version whose rules GoDefer follows (GoDefer's constant GoMinor, set in the cfg).\n"
                + "ETGoMinor == " + goMinor + "\n\n";
    }

    private static String run(String program, String expected, int maxSteps, String choose, String more) {
        return "ETInit == " + choose.replaceFirst("^ {10}", "") + (choose.isEmpty() ? "" : "          ")
                + "/\\ prog = " + program + "\n"
                + GODEFER_START
                + "ETNext == /\\ FlatNext\n"
                + "          /\\ steps' = IF outcome = Running THEN steps + 1 ELSE steps\n"
                + (more.isEmpty() ? "" : "          /\\ UNCHANGED which\n")
                + "ETSpec == ETInit /\\ [][ETNext]_<<vars, steps" + more + ">>\n\n"
                + "NoIds(l) == [i \\in DOMAIN l |-> IF l[i][1] = \"start\" THEN <<\"start\", l[i][2]>> ELSE l[i]]\n"
                + "\\* When GoDefer's run ends, its log and outcome are the machine's.\n"
                + "MatchesMachine == outcome # Running => /\\ NoIds(log) = " + expected + ".log\n"
                + "                                       /\\ outcome = " + expected + ".outcome\n"
                + "\\* The run ends (deadlock checking finds a stuck run; this bounds a cycling one).\n"
                + "Terminates == steps <= " + maxSteps + "\n"
                + "=============================================================================\n";
    }

    /** The cfg lines after the constants: the run's checks, then {@code laws} (GoDefer's own, as cfg lines). */
    public static String checks(String laws) {
        return "    GoMinor <- ETGoMinor\n"
                + "SPECIFICATION ETSpec\nINVARIANT MatchesMachine\nINVARIANT Terminates\n" + laws;
    }
}

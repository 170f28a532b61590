package defercheck.tlc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What TLC says, run by run, about a batch module: one whose Init picks the run by the variable {@code which}
 * ({@code OneRunModule.renderBatch}, {@link OneRunBatch}). TLC runs it with {@code -continue}, so it reports every
 * violation, each with a trace whose first state names the run, and goes on to the end of the state space: a
 * run no violation names passed, provided TLC got to the end. Each run's verdict is what TLC reports first for
 * that run, in {@link TlcResult#describe()}'s words, as a module of that run alone would have it.
 *
 * @param failed   the first violation TLC reported for each run that has one
 * @param messages TLC's text for each of those violations
 * @param complete TLC explored the whole state space, so a run without a violation passed
 * @param problem  what kept TLC from that (a timeout, an error no trace ties to a run), or null
 */
public record BatchVerdicts(Map<Integer, String> failed, Map<Integer, String> messages, boolean complete,
                            String problem) {
    private static final Pattern WHICH = Pattern.compile("^\\d+$");
    private static final Pattern INVARIANT = Pattern.compile("Invariant (\\S+) is violated");
    private static final Pattern PROPERTY = Pattern.compile("[Pp]roperty (\\w+) is violated");
    /** "The behavior up to this point is:": part of a violation's report, not one of its own. */
    private static final int BEHAVIOR_FOLLOWS = 2121;

    /**
     * Runs TLC with {@code -continue} on the batch module and reads every run's verdict. Each run is one behaviour
     * of at most its step bound, so the batch has at most {@code states} distinct states, the sum of the runs'
     * bounds plus one each: that picks TLC's JVM options ({@link TlcRunner#jvmOptions}), nothing else.
     */
    public static BatchVerdicts check(Path tla, Path specDir, long timeoutSeconds, long states)
            throws IOException, InterruptedException {
        String out = TraceValidation.output(tla, specDir, timeoutSeconds, states, "-continue");
        if (out == null) {
            return new BatchVerdicts(Map.of(), Map.of(), false, "TLC exceeded " + timeoutSeconds + " s");
        }
        return parse(out);
    }

    static BatchVerdicts parse(String out) {
        Map<Integer, String> failed = new TreeMap<>();
        Map<Integer, String> messages = new TreeMap<>();
        String pending = null;
        String pendingMessage = null;
        String problem = null;
        boolean queueEmpty = false;
        for (TlcOutputParser.Message m : new TlcOutputParser().messages(out)) {
            String violation = violation(m);
            if (violation != null) {
                if (pending != null && problem == null) {
                    problem = pending + " with no trace naming the run: " + pendingMessage;
                }
                pending = violation;
                pendingMessage = m.body().strip();
            } else if (isState(m.code()) && pending != null) {
                TlcState first = TlcOutputParser.state(m.body());
                String which = first == null ? null : first.vars().get("which");
                if (which != null && WHICH.matcher(which).matches()) {
                    int k = Integer.parseInt(which);
                    failed.putIfAbsent(k, pending);
                    messages.putIfAbsent(k, pendingMessage);
                } else if (problem == null) {
                    problem = pending + " in a state that names no run: " + m.body().strip();
                }
                pending = null;
            } else if (m.code() == TlcOutputParser.STATS) {
                queueEmpty = m.body().contains(" 0 states left on queue");
            }
        }
        if (pending != null && problem == null) {
            problem = pending + " with no trace naming the run: " + pendingMessage;
        }
        if (!queueEmpty && problem == null) {
            problem = "TLC did not explore the whole state space:\n" + out;
        }
        return new BatchVerdicts(failed, messages, queueEmpty && problem == null, problem);
    }

    /** Run {@code k}'s verdict ("success" or a violation), or null when this batch cannot tell. */
    public String verdict(int k) {
        String v = failed.get(k);
        if (v != null) {
            return v;
        }
        return complete ? "success" : null;
    }

    private static boolean isState(int code) {
        return code == TlcOutputParser.STATE_PRINT1 || code == TlcOutputParser.STATE_PRINT2
                || code == TlcOutputParser.STATE_PRINT3;
    }

    /** A violation or error message in describe()'s words; null for any other message. */
    private static String violation(TlcOutputParser.Message m) {
        switch (m.code()) {
            case TlcOutputParser.INVARIANT_VIOLATED_INITIAL, TlcOutputParser.INVARIANT_VIOLATED_BEHAVIOR -> {
                String name = group(INVARIANT, m.body());
                return name == null ? "invariant violated" : "invariant " + name + " violated";
            }
            case TlcOutputParser.PROPERTY_VIOLATED_INITIAL, TlcOutputParser.ACTION_PROPERTY_VIOLATED_BEHAVIOR,
                    TlcOutputParser.TEMPORAL_PROPERTY_VIOLATED -> {
                String name = group(PROPERTY, m.body());
                return name == null ? "property violated" : "property " + name + " violated";
            }
            case TlcOutputParser.DEADLOCK_REACHED -> {
                return "deadlock";
            }
            default -> {
                return m.cls() == TlcOutputParser.CLASS_ERROR && m.code() != BEHAVIOR_FOLLOWS ? "error" : null;
            }
        }
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}

package defercheck.tlc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What TLC's {@code -coverage} reported at the end of one run, for the next-state actions only (not Init, not the
 * invariants and properties): each action with the states it generated, and every sub-expression TLC evaluated
 * inside an action with how often. TLC lists a sub-expression it never evaluated with count 0.
 *
 * @param actions the disjuncts of the next-state relation
 * @param counts  sub-expressions of actions (an operator's body appears once per use)
 */
public record TlcCoverage(List<Action> actions, List<Count> counts) {

    /** One action: its name (as in the spec, e.g. "Leave" or "H!Leave"), where it is, the states it generated. */
    public record Action(String name, SourceRange where, long generated) { }

    /** A sub-expression evaluated {@code count} times. */
    public record Count(SourceRange where, long count) { }

    // tlc2.output.EC: coverage of the next-state relation, an action's header, a value, a value with its cost.
    static final int COVERAGE_START = 2201;
    static final int COVERAGE_INIT = 2773;
    static final int COVERAGE_NEXT = 2772;
    static final int COVERAGE_PROPERTY = 2774;
    static final int COVERAGE_VALUE = 2221;
    static final int COVERAGE_VALUE_COST = 2775;

    private static final Pattern HEADER = Pattern.compile("^<([\\w!]+) (line .*)>: (\\d+):(\\d+)");
    private static final Pattern VALUE = Pattern.compile("^\\s*\\|*(line .*): (\\d+)(?::\\d+)?\\s*$");

    public TlcCoverage {
        actions = List.copyOf(actions);
        counts = List.copyOf(counts);
    }

    /** The last coverage report in TLC's {@code -tool} output, or null when there is none. */
    static TlcCoverage parse(List<TlcOutputParser.Message> messages) {
        int start = -1;
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).code() == COVERAGE_START) {
                start = i;
            }
        }
        if (start < 0) {
            return null;
        }
        List<Action> actions = new ArrayList<>();
        List<Count> counts = new ArrayList<>();
        boolean inAction = false;
        for (TlcOutputParser.Message m : messages.subList(start + 1, messages.size())) {
            String body = m.body().strip();
            switch (m.code()) {
                case COVERAGE_NEXT -> {
                    Matcher h = HEADER.matcher(body);
                    inAction = h.find();
                    if (inAction) {
                        actions.add(new Action(h.group(1), SourceRange.find(h.group(2)), Long.parseLong(h.group(4))));
                    }
                }
                case COVERAGE_INIT, COVERAGE_PROPERTY -> inAction = false;
                case COVERAGE_VALUE, COVERAGE_VALUE_COST -> {
                    Matcher v = VALUE.matcher(body);
                    if (inAction && v.find()) {
                        counts.add(new Count(SourceRange.find(v.group(1)), Long.parseLong(v.group(2))));
                    }
                }
                default -> { }
            }
        }
        return new TlcCoverage(actions, counts);
    }
}

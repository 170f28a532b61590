package defercheck.tlc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the output of {@code tlc2.TLC -tool}. Each message is framed as
 * {@code @!@!@STARTMSG code:class @!@!@} ... {@code @!@!@ENDMSG code @!@!@}; the codes are TLC's
 * {@code tlc2.output.EC} constants. Only the first error counts, as for TLC itself.
 */
public final class TlcOutputParser {
    static final int TLC_SUCCESS = 2193;
    static final int INVARIANT_VIOLATED_INITIAL = 2107;
    static final int INVARIANT_VIOLATED_BEHAVIOR = 2110;
    static final int PROPERTY_VIOLATED_INITIAL = 2108;
    static final int ACTION_PROPERTY_VIOLATED_BEHAVIOR = 2112;
    static final int TEMPORAL_PROPERTY_VIOLATED = 2116;
    static final int DEADLOCK_REACHED = 2114;
    static final int STATE_PRINT1 = 2216;
    static final int STATE_PRINT2 = 2217;
    static final int STATE_PRINT3 = 2218;
    static final int STATS = 2199;
    static final int SEARCH_DEPTH = 2194;
    /** Message class 1 is an error in TLC's MP class. */
    static final int CLASS_ERROR = 1;

    private static final Pattern START = Pattern.compile("^@!@!@STARTMSG (\\d+):(\\d+) @!@!@$");
    private static final Pattern END = Pattern.compile("^@!@!@ENDMSG (\\d+) @!@!@$");
    private static final Pattern STATS_LINE = Pattern.compile(
            "([\\d,]+) states generated, ([\\d,]+) distinct states found");
    private static final Pattern DEPTH_LINE = Pattern.compile("search is (\\d+)\\.");
    private static final Pattern INVARIANT_NAME = Pattern.compile("Invariant (\\S+) is violated");
    private static final Pattern PROPERTY_NAME = Pattern.compile("[Pp]roperty (\\w+) is violated");
    private static final Pattern STATE_HEADER = Pattern.compile("^(\\d+): (?:<(.*)>|(.*))$", Pattern.DOTALL);
    private static final Pattern VAR_START = Pattern.compile("^/\\\\ (\\w+) = (.*)$");

    /** One framed message. */
    record Message(int code, int cls, String body) { }

    public TlcResult parse(String output) {
        List<Message> messages = messages(output);
        TlcResult.Kind kind = null;
        String violated = null;
        String message = null;
        long generated = -1;
        long distinct = -1;
        int depth = -1;
        List<TlcState> trace = new ArrayList<>();
        for (Message m : messages) {
            switch (m.code()) {
                case TLC_SUCCESS -> {
                    if (kind == null) {
                        kind = TlcResult.Kind.SUCCESS;
                    }
                }
                case INVARIANT_VIOLATED_INITIAL, INVARIANT_VIOLATED_BEHAVIOR -> {
                    if (kind == null) {
                        kind = TlcResult.Kind.INVARIANT_VIOLATED;
                        violated = group(INVARIANT_NAME, m.body());
                        message = m.body().strip();
                    }
                }
                case PROPERTY_VIOLATED_INITIAL, ACTION_PROPERTY_VIOLATED_BEHAVIOR, TEMPORAL_PROPERTY_VIOLATED -> {
                    if (kind == null) {
                        kind = TlcResult.Kind.PROPERTY_VIOLATED;
                        violated = group(PROPERTY_NAME, m.body());
                        message = m.body().strip();
                    }
                }
                case DEADLOCK_REACHED -> {
                    if (kind == null) {
                        kind = TlcResult.Kind.DEADLOCK;
                        message = m.body().strip();
                    }
                }
                case STATE_PRINT1, STATE_PRINT2, STATE_PRINT3 -> {
                    TlcState s = state(m.body());
                    if (s != null) {
                        trace.add(s);
                    }
                }
                case STATS -> {
                    Matcher sm = STATS_LINE.matcher(m.body());
                    if (sm.find()) {
                        generated = number(sm.group(1));
                        distinct = number(sm.group(2));
                    }
                }
                case SEARCH_DEPTH -> {
                    Matcher dm = DEPTH_LINE.matcher(m.body());
                    if (dm.find()) {
                        depth = Integer.parseInt(dm.group(1));
                    }
                }
                default -> {
                    if (m.cls() == CLASS_ERROR && kind == null) {
                        kind = TlcResult.Kind.ERROR;
                        message = m.body().strip();
                    }
                }
            }
        }
        if (kind == null) {
            kind = TlcResult.Kind.ERROR;
            message = "TLC printed no result";
        }
        return new TlcResult(kind, violated, message, distinct, generated, depth, 0, trace);
    }

    /** Splits {@code -tool} output into framed messages; text outside frames (SANY's) is ignored. */
    List<Message> messages(String output) {
        List<Message> out = new ArrayList<>();
        Integer code = null;
        int cls = 0;
        StringBuilder body = new StringBuilder();
        for (String line : output.split("\\R", -1)) {
            Matcher start = START.matcher(line);
            Matcher end = END.matcher(line);
            if (start.matches()) {
                code = Integer.parseInt(start.group(1));
                cls = Integer.parseInt(start.group(2));
                body.setLength(0);
            } else if (end.matches() && code != null) {
                out.add(new Message(code, cls, body.toString()));
                code = null;
            } else if (code != null) {
                body.append(line).append('\n');
            }
        }
        return out;
    }

    /** A state message: "N: <Action ...>" then lines "/\ var = value" (values may span lines). */
    static TlcState state(String body) {
        String[] lines = body.split("\n");
        if (lines.length == 0) {
            return null;
        }
        Matcher h = STATE_HEADER.matcher(lines[0]);
        if (!h.matches()) {
            return null;
        }
        int index = Integer.parseInt(h.group(1));
        String action = h.group(2) != null ? h.group(2) : h.group(3).strip();
        if (action.equals("Initial predicate")) {
            action = null;
        }
        Map<String, String> vars = new LinkedHashMap<>();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            Matcher v = VAR_START.matcher(lines[i]);
            if (v.matches()) {
                if (name != null) {
                    vars.put(name, value.toString().strip());
                }
                name = v.group(1);
                value.setLength(0);
                value.append(v.group(2));
            } else if (name != null && !lines[i].isBlank()) {
                value.append('\n').append(lines[i]);
            }
        }
        if (name != null) {
            vars.put(name, value.toString().strip());
        }
        return new TlcState(index, action, vars);
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }
}

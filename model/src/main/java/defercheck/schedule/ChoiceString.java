package defercheck.schedule;

import defercheck.semantics.Chooser;
import defercheck.semantics.Goroutine;
import defercheck.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact name of one run: the picks at its choice points with two or more alternatives, in order, joined by
 * dots. {@code g3} runs goroutine 3 at a synchronisation point, {@code s1} takes the second of a select's ready
 * cases (in source order), {@code m2} produces the third of a map's entries not yet produced; {@code x4} after a
 * token repeats it four times in all. Picks after the last token are the default's (the running goroutine or the
 * one that waited longest, the first ready case, insertion order), so trailing defaults are left out, and the
 * default run itself is {@code -}.
 */
public final class ChoiceString {

    /** One pick: its kind, the index chosen among the alternatives, and for a schedule point the goroutine. */
    record Pick(Chooser.Kind kind, int index, int goroutine) {
        String token() {
            return switch (kind) {
                case SCHEDULE -> "g" + goroutine;
                case SELECT -> "s" + index;
                case MAP_ORDER -> "m" + index;
            };
        }
    }

    private ChoiceString() {
    }

    static String format(List<Pick> picks) {
        int end = picks.size();
        while (end > 0 && picks.get(end - 1).index() == 0) {
            end--;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < end; ) {
            String t = picks.get(i).token();
            int j = i + 1;
            while (j < end && picks.get(j).token().equals(t)) {
                j++;
            }
            sb.append(sb.length() == 0 ? "" : ".").append(t).append(j - i > 1 ? "x" + (j - i) : "");
            i = j;
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }

    /** The tokens of a choice string, repeats expanded; IllegalArgumentException for a malformed one. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        if (s.equals("-")) {
            return out;
        }
        for (String part : s.split("\\.", -1)) {
            if (!part.matches("[gsm]\\d+(x\\d+)?")) {
                throw new IllegalArgumentException("malformed choice string \"" + s + "\" at \"" + part
                        + "\" (want tokens such as g2, s1, m0, g1x3 joined by dots, or - for the default run)");
            }
            int x = part.indexOf('x');
            int times = x < 0 ? 1 : Integer.parseInt(part.substring(x + 1));
            for (int i = 0; i < times; i++) {
                out.add(x < 0 ? part : part.substring(0, x));
            }
        }
        return out;
    }

    /**
     * A chooser that follows {@code choices} ({@link #tokens}), then the default. A token that does not fit the
     * run (another kind of choice point, a goroutine not runnable there, an index out of range) is recorded in
     * {@link Replay#mismatch()} and the default pick is taken from there on.
     */
    public static Replay replay(String choices) {
        return new Replay(tokens(choices));
    }

    /** The chooser of {@link #replay}. */
    public static final class Replay implements Chooser {
        private final List<String> tokens;
        private int next;
        private String mismatch;

        private Replay(List<String> tokens) {
            this.tokens = tokens;
        }

        @Override
        public int choose(Kind kind, int n, List<? extends Goroutine> runnable, Span at) {
            if (n < 2 || mismatch != null || next >= tokens.size()) {
                return 0;
            }
            String t = tokens.get(next++);
            int v = Integer.parseInt(t.substring(1));
            char want = kind == Kind.SCHEDULE ? 'g' : kind == Kind.SELECT ? 's' : 'm';
            if (t.charAt(0) == want && kind == Kind.SCHEDULE) {
                for (int i = 0; i < runnable.size(); i++) {
                    if (runnable.get(i).id() == v) {
                        return i;
                    }
                }
            } else if (t.charAt(0) == want && v < n) {
                return v;
            }
            mismatch = "choice " + next + " (" + t + ") does not fit the run: there it is " + describe(kind, n,
                    runnable);
            return 0;
        }

        private static String describe(Kind kind, int n, List<? extends Goroutine> runnable) {
            return switch (kind) {
                case SCHEDULE -> "a schedule point with goroutines " + runnable.stream().map(g -> "g" + g.id())
                        .toList() + " runnable";
                case SELECT -> "a select with " + n + " ready cases (s0 to s" + (n - 1) + ")";
                case MAP_ORDER -> "a map order pick among " + n + " entries (m0 to m" + (n - 1) + ")";
            };
        }

        /** Why the string did not fit, or null when every token was a valid pick. */
        public String mismatch() {
            return mismatch == null && next < tokens.size()
                    ? (tokens.size() - next) + " choices left over after the run ended" : mismatch;
        }
    }
}

package defercheck.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A run seen as an implementation can show it: its writes in order, each to stdout or stderr, then how it
 * ended (exit code and crash text). The oracle's programs print one integer or {@code <nil>} per line
 * ({@code println(v)}, {@code println(fN())}, {@code fmt.Println(recover())}), so on stderr the crash text is
 * everything from the first line that is not such a line.
 */
final class OutputView {
    private static final Pattern OUTPUT_LINE = Pattern.compile("-?[0-9]+|<nil>");

    /** One write: its stream and text. */
    record Write(boolean stderr, String text) {
        String key() {
            return (stderr ? "stderr " : "stdout ") + defercheck.explore.Json.quote(text);
        }
    }

    private OutputView() {
    }

    /** The crash text of a stderr: from its first line that is not a printed value. */
    static String crashPart(String stderr) {
        int start = 0;
        while (start < stderr.length()) {
            int nl = stderr.indexOf('\n', start);
            if (nl < 0 || !OUTPUT_LINE.matcher(stderr.substring(start, nl)).matches()) {
                return stderr.substring(start);
            }
            start = nl + 1;
        }
        return "";
    }

    /** The key of how a run ended, compared last. */
    static String endKey(int exit, String crash) {
        return "exit code " + exit + (crash.isEmpty() ? "" : ", crash " + defercheck.explore.Json.quote(crash));
    }

    /**
     * Which stream each of {@code texts} (written in this order) went to, given each stream's whole output:
     * the stream whose rest starts with the text; where both do, {@code prefer}'s choice for that write (when
     * it has one), else stdout; where neither does, null.
     */
    static List<Write> route(List<String> texts, String stdout, String stderr, List<Boolean> prefer) {
        List<Write> out = new ArrayList<>();
        int o = 0;
        int e = 0;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            boolean onOut = stdout.startsWith(t, o);
            boolean onErr = stderr.startsWith(t, e);
            boolean toErr;
            if (onOut && onErr) {
                toErr = i < prefer.size() && prefer.get(i);
            } else if (onOut || onErr) {
                toErr = onErr;
            } else {
                out.add(null);
                continue;
            }
            if (toErr) {
                e += t.length();
            } else {
                o += t.length();
            }
            out.add(new Write(toErr, t));
        }
        return out;
    }

    /** The lines of {@code merged} (both streams in one) before the crash text: each is one write. */
    static List<String> writtenLines(String merged) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < merged.length()) {
            int nl = merged.indexOf('\n', start);
            if (nl < 0 || !OUTPUT_LINE.matcher(merged.substring(start, nl)).matches()) {
                break;
            }
            out.add(merged.substring(start, nl + 1));
            start = nl + 1;
        }
        return out;
    }
}

package defercheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code // want} markers of a compile-error file (compile-errors/README.md): each names one diagnostic
 * that the compiler must report, by line, column and message, for the Go versions it applies to.
 *
 * <pre>
 *   x := 1 // want 2: declared and not used: x
 *   f(1)   // want[1.19] 2: x declared but not used // want[1.20-1.22] 2: x declared and not used
 *   }      // want@-3 5: missing return
 *   package main // want(model) 9: function main is undeclared in the main package
 * </pre>
 */
public final class WantMarkers {

    /** One expected diagnostic; {@code from} and {@code to} bound the Go minor versions it holds for. */
    public record Marker(int line, int col, String message, int from, int to, boolean modelOnly) {

        public boolean appliesTo(int minor) {
            return minor >= from && minor <= to;
        }

        /** A refusal or a diagnostic gc words in another form: the real compilers are not held to it. */
        public boolean modelOnly() {
            return modelOnly || message.startsWith("unsupported: ");
        }

        /** {@code line:col: message}, the form diagnostics are compared in. */
        public String render() {
            return line + ":" + col + ": " + message;
        }
    }

    private static final Pattern MARKER = Pattern.compile(
            "//\\s*want(?<model>\\(model\\))?(?:\\[(?<versions>[^\\]]*)\\])?(?:@(?<offset>[+-]\\d+))?\\s+(?<col>\\d+):\\s(?<msg>.*?)\\s*(?=//\\s*want\\b|$)");

    private WantMarkers() {
    }

    /** Every marker of {@code source}; a malformed one throws with its line. */
    public static List<Marker> parse(String source) {
        List<Marker> out = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            int at = text.indexOf("// want");
            if (at < 0) {
                continue;
            }
            Matcher m = MARKER.matcher(text);
            int found = 0;
            while (m.find()) {
                found++;
                int line = i + 1 + (m.group("offset") == null ? 0 : Integer.parseInt(m.group("offset")));
                int[] range = versions(m.group("versions"), i + 1);
                out.add(new Marker(line, Integer.parseInt(m.group("col")), unescape(m.group("msg")), range[0], range[1],
                        m.group("model") != null));
            }
            int expected = text.split("//\\s*want\\b", -1).length - 1;
            if (found != expected) {
                throw new IllegalArgumentException("line " + (i + 1) + ": malformed // want marker: " + text.strip());
            }
        }
        return out;
    }

    /** {@code 1.19}, {@code 1.20-1.22}, {@code 1.23-} or {@code -1.21}; absent means every version. */
    private static int[] versions(String spec, int line) {
        if (spec == null) {
            return new int[] {0, Integer.MAX_VALUE};
        }
        String s = spec.strip();
        int dash = s.indexOf('-');
        if (dash < 0) {
            int v = minor(s, line);
            return new int[] {v, v};
        }
        String lo = s.substring(0, dash).strip();
        String hi = s.substring(dash + 1).strip();
        return new int[] {lo.isEmpty() ? 0 : minor(lo, line), hi.isEmpty() ? Integer.MAX_VALUE : minor(hi, line)};
    }

    private static int minor(String v, int line) {
        if (!v.matches("1\\.\\d+")) {
            throw new IllegalArgumentException("line " + line + ": bad Go version '" + v + "' in a // want marker");
        }
        return Integer.parseInt(v.substring(2));
    }

    /** {@code \n}, {@code \t} and {@code \\} in a marker's message. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The inverse of {@link #unescape}, for writing a marker. */
    public static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }
}

package defercheck.tlc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of TLA+ source, as TLC and SANY name it: "line 3, col 5 to line 4, col 20 of module GoDefer" (lines
 * and columns from 1, the end column inclusive).
 *
 * @param module  the module's name
 * @param line    first line
 * @param col     first column
 * @param endLine last line
 * @param endCol  last column
 */
public record SourceRange(String module, int line, int col, int endLine, int endCol) implements Comparable<SourceRange> {
    private static final Pattern TLC_FORM =
            Pattern.compile("line (\\d+), col (\\d+) to line (\\d+), col (\\d+) of module (\\w+)");

    /** The first range written the way TLC writes it in {@code text}, or null. */
    static SourceRange find(String text) {
        Matcher m = TLC_FORM.matcher(text);
        if (!m.find()) {
            return null;
        }
        return new SourceRange(m.group(5), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }

    /** True when {@code other} lies within this range, both ends included. */
    public boolean contains(SourceRange other) {
        return module.equals(other.module)
                && before(line, col, other.line, other.col) && before(other.endLine, other.endCol, endLine, endCol);
    }

    private static boolean before(int l1, int c1, int l2, int c2) {
        return l1 < l2 || (l1 == l2 && c1 <= c2);
    }

    @Override
    public int compareTo(SourceRange o) {
        int c = module.compareTo(o.module);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(col, o.col);
    }

    /** {@code GoDefer.tla:12:5}, the way an editor takes a position. */
    @Override
    public String toString() {
        return module + ".tla:" + line + ":" + col;
    }
}

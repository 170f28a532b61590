package defercheck.plan;

import java.util.Comparator;
import java.util.List;

/** Prints a plan exactly as {@code go build -gcflags=-d=defer} does: one line per site, by position. */
public final class PlanPrinter {

    private PlanPrinter() { }

    /**
     * gc prints a diagnostic once however many times it is made (base.FlushErrors drops identical lines): a defer
     * site in a generic function, compiled once per instantiation, appears once.
     */
    private static String dropRepeats(String lines) {
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (String line : lines.split("\n", -1)) {
            if (!line.isEmpty() && !line.equals(previous)) {
                out.append(line).append('\n');
            }
            previous = line;
        }
        return out.toString();
    }

    /** Lines {@code fileName:LINE:COL: open-coded defer}, each ending in a newline; "" for no sites. */
    public static String render(List<SitePlan> sites, String fileName) {
        StringBuilder out = new StringBuilder();
        sites.stream()
                .sorted(Comparator.comparingInt((SitePlan s) -> s.span().line()).thenComparingInt(s -> s.span().col()))
                .forEach(s -> out.append(fileName).append(':').append(s.span().line()).append(':')
                        .append(s.span().col()).append(": ").append(s.allocation().text()).append('\n'));
        return dropRepeats(out.toString());
    }
}

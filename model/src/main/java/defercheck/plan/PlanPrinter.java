package defercheck.plan;

import java.util.Comparator;
import java.util.List;

/** Prints a plan exactly as {@code go build -gcflags=-d=defer} does: one line per site, by position. */
public final class PlanPrinter {

    private PlanPrinter() { }

    /** Lines {@code fileName:LINE:COL: open-coded defer}, each ending in a newline; "" for no sites. */
    public static String render(List<SitePlan> sites, String fileName) {
        StringBuilder out = new StringBuilder();
        sites.stream()
                .sorted(Comparator.comparingInt((SitePlan s) -> s.span().line()).thenComparingInt(s -> s.span().col()))
                .forEach(s -> out.append(fileName).append(':').append(s.span().line()).append(':')
                        .append(s.span().col()).append(": ").append(s.allocation().text()).append('\n'));
        return out.toString();
    }
}

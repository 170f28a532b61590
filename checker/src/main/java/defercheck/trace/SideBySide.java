package defercheck.trace;

import java.io.PrintWriter;
import java.util.List;

/** {@code trace diff}: two machines in two columns, aligned on observable events, the first divergence marked. */
public final class SideBySide {
    private static final int WIDTH = 72;
    private final Colors c;
    private final PrintWriter out;

    public SideBySide(Colors c, PrintWriter out) {
        this.c = c;
        this.out = out;
    }

    /** Returns the index of the first divergent observable, or -1 when the two machines agree. */
    public int print(TraceMachine a, TraceMachine b) {
        Alignment al = Alignment.of(a, b);
        out.println(c.bold(pad(a.name(), WIDTH) + " | " + b.name()));
        out.println("-".repeat(WIDTH) + "-+-" + "-".repeat(WIDTH));
        for (int k = 0; k < al.segments().size(); k++) {
            Alignment.Segment s = al.segments().get(k);
            List<Step> l = s.left();
            List<Step> r = s.right();
            for (int i = 0; i < Math.max(l.size(), r.size()); i++) {
                out.println(c.dim(pad(i < l.size() ? cell(l.get(i)) : "", WIDTH) + " | "
                        + (i < r.size() ? cell(r.get(i)) : "")));
            }
            String left = pad(s.leftObservable() == null ? "(no more observables)" : cell(s.leftObservable()), WIDTH);
            String right = s.rightObservable() == null ? "(no more observables)" : cell(s.rightObservable());
            boolean first = k == al.firstDivergence();
            String sep = s.agrees() ? " = " : " ≠ ";
            String row = left + sep + right;
            out.println(first ? c.red(row + "   <<< first divergence (observable #" + k + ")")
                    : s.agrees() ? row : c.yellow(row));
            if (s.leftObservable() != null && s.rightObservable() != null) {
                for (String d : Alignment.sharedStateDiff(s.leftObservable().state(), s.rightObservable().state())) {
                    out.println(c.cyan("    state differs: " + d));
                }
            }
        }
        out.println(al.firstDivergence() < 0 ? c.green("the two machines agree on every observable")
                : c.red("first divergence at observable #" + al.firstDivergence()));
        return al.firstDivergence();
    }

    private static String cell(Step s) {
        return fit(String.format("%3d %-5s %s", s.index(), s.line() + ":" + s.col(), s.event()), WIDTH);
    }

    private static String fit(String s, int w) {
        String one = s.replace("\n", "\\n");
        return one.length() <= w ? one : one.substring(0, w - 1) + "…";
    }

    private static String pad(String s, int w) {
        String f = fit(s, w);
        return f + " ".repeat(w - f.length());
    }
}

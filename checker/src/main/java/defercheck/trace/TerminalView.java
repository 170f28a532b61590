package defercheck.trace;

import java.io.PrintWriter;
import java.util.List;

/** {@code trace show}: for each step, the source line with a caret under the span, the event, and the state panel. */
public final class TerminalView {
    private final Trace trace;
    private final Colors c;
    private final PrintWriter out;

    public TerminalView(Trace trace, Colors c, PrintWriter out) {
        this.trace = trace;
        this.c = c;
        this.out = out;
    }

    public void header() {
        out.println(c.bold(trace.kind() + (trace.mutant() == null ? "" : " for mutant " + trace.mutant())
                + (trace.go() == null ? "" : ", Go " + trace.go())));
        if (trace.description() != null) {
            out.println(trace.description());
        }
        Divergence d = trace.divergence();
        if (d != null) {
            out.println(c.red("first divergence: " + d.machine() + " observable #" + d.observableIndex()
                    + ": expected " + d.expected() + ", got " + d.actual()));
        }
    }

    public void machine(TraceMachine m, Integer only) {
        out.println();
        out.println(c.bold("== " + m.name() + (m.reference() ? " (reference)" : "") + ": " + m.steps().size()
                + " steps, " + m.outcome().kind()));
        int divergentStep = divergentStep(m);
        for (Step s : m.steps()) {
            if (only == null || only == s.index()) {
                step(s, s.index() == divergentStep);
            }
        }
    }

    /**
     * Step {@code n} of {@code base}, then for each other machine the step aligned with it on observable events
     * (see {@link Alignment#alignedStep}): the same step number is a different event on another machine.
     */
    public void aligned(TraceMachine base, int n) {
        for (TraceMachine m : trace.machines()) {
            int i = m == base ? n : Alignment.alignedStep(base, n, m);
            out.println();
            out.println(c.bold("== " + m.name() + (m.reference() ? " (reference)" : "") + ": step " + i + " of "
                    + (m.steps().size() - 1) + (m == base ? "" : ", aligned with " + base.name() + " step " + n
                    + " on observable events")));
            if (i >= 0) {
                step(m.steps().get(i), i == divergentStep(m));
            }
        }
    }

    /** The step of this machine that emitted the first divergent observable, or -1. */
    int divergentStep(TraceMachine m) {
        Divergence d = trace.divergence();
        if (d == null || !(m.name().equals(d.machine()) || m.name().equals(d.reference()))) {
            return -1;
        }
        return m.stepOfObservable(d.observableIndex());
    }

    void step(Step s, boolean divergent) {
        String mark = divergent ? c.red(" <<< first divergence") : "";
        String event = s.observable() ? c.yellow(s.event()) : s.event();
        out.println(c.bold(String.format("step %d", s.index())) + " " + c.dim(s.kind()) + " " + event + mark);
        List<String> lines = trace.sourceLines();
        if (s.line() >= 1 && s.line() <= lines.size()) {
            String text = lines.get(s.line() - 1).replace("\t", "    ");
            String prefix = lines.get(s.line() - 1).substring(0, Math.max(0, Math.min(s.col() - 1,
                    lines.get(s.line() - 1).length()))).replace("\t", "    ");
            String gutter = String.format("%4d | ", s.line());
            out.println(c.dim(gutter) + text);
            out.println(" ".repeat(gutter.length() + prefix.length()) + c.green("^"));
        }
        for (String l : s.state().panel()) {
            out.println("    " + c.cyan("│") + " " + l);
        }
    }
}

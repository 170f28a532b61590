package defercheck.trace;

import java.util.List;
import java.util.Map;

/**
 * One machine's run as a TLA+ module {@code Trace == << [var |-> value, ...], ... >>}, one record per step,
 * for trace validation against a spec and for any tool that reads TLA+. A TLC trace's values are TLA+ text
 * already and go in unchanged.
 */
final class TlaExport {
    private TlaExport() {
    }

    static String render(Trace t, TraceMachine m, String module) {
        StringBuilder sb = new StringBuilder();
        String title = "---- MODULE " + module + " ----";
        sb.append(title).append('\n');
        sb.append("\\* ").append(ascii(t.tlc() ? "TLC counterexample of " + m.name()
                : "defercheck trace of machine " + m.name() + ", Go " + t.go()
                + (t.mutant() == null ? "" : ", mutant " + t.mutant()))).append('\n');
        sb.append("\\* One record per step; Trace[i] is the state after step i - 1.\n\n");
        sb.append("Trace ==\n  <<");
        List<Step> steps = m.steps();
        for (int i = 0; i < steps.size(); i++) {
            sb.append(i == 0 ? " " : ",\n    ").append(record(t, steps.get(i)));
        }
        sb.append(steps.isEmpty() ? ">>\n" : "\n  >>\n");
        sb.append("\n").append("=".repeat(title.length())).append('\n');
        return sb.toString();
    }

    private static String record(Trace t, Step s) {
        StringBuilder sb = new StringBuilder("[");
        if (t.tlc()) {
            boolean first = true;
            for (Map.Entry<String, String> e : s.state().vars().entrySet()) {
                sb.append(first ? "" : ", ").append(e.getKey()).append(" |-> ")
                        .append(e.getValue().replaceAll("\\s*\\n\\s*", " "));
                first = false;
            }
            return sb.append("]").toString();
        }
        StepState st = s.state();
        sb.append("line |-> ").append(s.line()).append(", col |-> ").append(s.col())
                .append(", kind |-> ").append(str(s.kind())).append(", event |-> ").append(str(s.event()))
                .append(", observable |-> ").append(s.observable() ? "TRUE" : "FALSE")
                .append(", frames |-> <<");
        for (int i = 0; i < st.frames().size(); i++) {
            FrameState f = st.frames().get(i);
            sb.append(i == 0 ? "" : ", ").append("[function |-> ").append(str(f.function()))
                    .append(", detail |-> ").append(str(f.detail())).append(", pending |-> ").append(seq(f.pending()))
                    .append("]");
        }
        sb.append(">>, panics |-> ").append(seq(st.panics()));
        if (st.chain() != null) {
            sb.append(", chain |-> ").append(seq(st.chain())).append(", pool |-> ").append(str(st.pool()));
        }
        return sb.append(", stdout |-> ").append(str(st.stdout())).append(", stderr |-> ")
                .append(str(st.stderr())).append("]").toString();
    }

    private static String seq(List<String> items) {
        StringBuilder sb = new StringBuilder("<<");
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(str(items.get(i)));
        }
        return sb.append(">>").toString();
    }

    /** A TLA+ string literal: SANY knows the escapes \" \\ \n \t and reads ASCII only. */
    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : ascii(s).toCharArray()) {
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                default: sb.append(c < 0x20 ? ' ' : c);
            }
        }
        return sb.append('"').toString();
    }

    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c == '\u2026' ? "..." : c < 0x7f ? String.valueOf(c) : "?");
        }
        return sb.toString();
    }
}

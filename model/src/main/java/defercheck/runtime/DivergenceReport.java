package defercheck.runtime;

import java.util.List;

/** Two machines' observables side by side, the first difference marked with {@code >>}. */
final class DivergenceReport {
    private static final int WIDTH = 60;
    private static final int CONTEXT = 6;

    private DivergenceReport() {
    }

    static String sideBySide(MachineRun left, MachineRun right) {
        List<String> a = left.observables();
        List<String> b = right.observables();
        int first = 0;
        while (first < a.size() && first < b.size() && a.get(first).equals(b.get(first))) {
            first++;
        }
        StringBuilder sb = new StringBuilder("== ").append(right.machine()).append(" diverges from ")
                .append(left.machine()).append(" at observable ").append(first + 1).append('\n');
        sb.append(String.format("   %-" + WIDTH + "s | %s%n", left.machine(), right.machine()));
        int from = Math.max(0, first - CONTEXT);
        int to = Math.min(Math.max(a.size(), b.size()), first + CONTEXT + 1);
        if (from > 0) {
            sb.append("   ... ").append(from).append(" equal observables\n");
        }
        for (int i = from; i < to; i++) {
            String l = i < a.size() ? a.get(i) : "";
            String r = i < b.size() ? b.get(i) : "";
            String mark = i == first ? ">> " : l.equals(r) ? "   " : " ! ";
            sb.append(mark).append(String.format("%-" + WIDTH + "s | %s%n", clip(l), clip(r)));
        }
        return sb.toString();
    }

    private static String clip(String s) {
        return s.length() <= WIDTH ? s : s.substring(0, WIDTH - 3) + "...";
    }
}

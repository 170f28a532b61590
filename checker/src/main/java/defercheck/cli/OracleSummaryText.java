package defercheck.cli;

import defercheck.oracle.Implementation;
import defercheck.oracle.Oracle;
import java.io.PrintWriter;

/** The oracle command's text for a run's totals and for --measure-limit. */
final class OracleSummaryText {
    private OracleSummaryText() {
    }

    static void printLimit(PrintWriter o, defercheck.oracle.Limit l) {
        int cores = Runtime.getRuntime().availableProcessors();
        o.printf("%d programs, batch after batch: build %.2f s wall, %.2f CPU-s (JVM %.2f); run %.2f s wall, %.2f CPU-s"
                        + " (JVM %.2f) in %d processes; check %.2f s wall, %.2f CPU-s%n", l.programs(),
                l.buildMillis() / 1000.0, l.buildCpuMillis() / 1000.0, l.buildJvmCpuMillis() / 1000.0,
                l.runMillis() / 1000.0, l.runCpuMillis() / 1000.0, l.runJvmCpuMillis() / 1000.0, l.processes(),
                l.checkMillis() / 1000.0, l.checkCpuMillis() / 1000.0);
        o.printf("per 1,000 programs: build %.2f CPU-s, run %.2f, check %.2f%n", l.perThousand(l.buildCpuMillis()),
                l.perThousand(l.runCpuMillis()), l.perThousand(l.checkCpuMillis()));
        o.printf("limit: %.0f programs/s with builds overlapping runs and checks; %.0f programs/s with all of it spread"
                + " over %d idle cores%n", l.pipelineBound(), l.cpuBound(cores), cores);
        o.flush();
    }

    static void printSummary(PrintWriter o, Implementation im, Oracle.Summary s) {
        o.printf("%s %s: %d programs, %d agree, %d agree through quirks%s, %d agree only when run alone,"
                        + " %d known toolchain bug(s)%s, %d semantic disagreement(s)%n", im.name(), im.version(),
                s.programs(), s.agreements(), s.quirks(), s.byQuirk().isEmpty() ? "" : " " + s.byQuirk(),
                s.batchOnly(), s.knownBugs(), s.byBug().isEmpty() ? "" : " " + byBug(s), s.unexplained());
        o.printf("rate: %.1f programs/s (%.1f s wall: %d batches; building %.1f s, overlapping each other and the runs;"
                        + " running %.1f s in %,d processes; checking %.1f s)%n", s.programsPerSecond(),
                s.millis() / 1000.0, s.batches(), s.buildMillis() / 1000.0, s.runMillis() / 1000.0, s.processes(),
                s.checkMillis() / 1000.0);
        if (s.cpuMillis() >= 0) {
            o.printf("CPU: %.1f s in all (JVM %.1f s, builds and runs %.1f s): %.1f programs per CPU-second%n",
                    s.cpuMillis() / 1000.0, s.jvmCpuMillis() / 1000.0, (s.cpuMillis() - s.jvmCpuMillis()) / 1000.0,
                    s.cpuMillis() == 0 ? 0 : s.programs() * 1000.0 / s.cpuMillis());
        }
        o.flush();
    }

    private static String byBug(Oracle.Summary s) {
        StringBuilder b = new StringBuilder("(");
        s.byBug().forEach((issue, n) -> b.append(b.length() > 1 ? ", " : "").append("golang/go#").append(issue)
                .append(": ").append(n));
        return b.append(')').toString();
    }
}

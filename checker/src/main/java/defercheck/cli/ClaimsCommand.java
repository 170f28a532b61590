package defercheck.cli;

import defercheck.coreprogram.CoreLowering;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.GoPrinter;
import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import defercheck.plan.DeferPlanner;
import defercheck.plan.SitePlan;
import defercheck.properties.Claim;
import defercheck.properties.Claims;
import defercheck.properties.Run;
import defercheck.source.GoVersion;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code defercheck claims}: five claims about defer (docs/semantics.md), each decided by its smallest witness. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Check five claims often made about defer (docs/semantics.md): confirmed, refuted or imprecise,"
                + " with the smallest witness.")
final class ClaimsCommand implements Callable<Integer> {
    /** Big enough for every claim's witness (claim 5 needs five statements), searched smallest first. */
    static final Bound WITNESSES = new Bound("claims", 1, 3, 1, 1, 2, 5, false, false);

    @Mixin
    GoVersionOption go = new GoVersionOption();

    @Mixin
    ProgressOption progress = new ProgressOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProgramSpace space = new ProgramSpace(WITNESSES);
        for (Claim c : Claims.ALL) {
            out.println("claim " + c.number() + ": \"" + c.claim() + "\"");
            out.flush();
            java.util.concurrent.atomic.AtomicLong rank = new java.util.concurrent.atomic.AtomicLong();
            Heartbeat beat = Heartbeat.start(progress.enabled(), spec.commandLine().getErr(),
                    () -> String.format("claim %d of %d: searching for a witness, %,d of %,d programs", c.number(),
                            Claims.ALL.size(), rank.get(), space.size()), 1000);
            Run w = null;
            for (; rank.get() < space.size() && w == null; rank.incrementAndGet()) {
                CoreProgram p = space.program(rank.get());
                Run r = Run.of(p, go.version());
                if (c.witness().test(r)) {
                    w = r;
                }
            }
            Heartbeat.stop(beat);
            long found = rank.get();
            if (w == null) {
                out.println("  UNDECIDED: no witness in " + WITNESSES.describe());
                continue;
            }
            out.println("  " + c.verdict() + ": " + c.why() + " (witness rank " + (found - 1) + ", Go " + go.version()
                    + ")");
            GoPrinter.print(w.core()).lines().forEach(l -> out.println("    | " + l));
            out.println("  output: exit " + w.outcome().exitCode() + ", stdout " + quote(w.outcome().stdout())
                    + ", stderr " + quote(defercheck.semantics.StderrNormalizer.normalize(w.outcome().stderr())));
            out.println("  plan: " + planByVersion(w));
        }
        out.flush();
        return 0;
    }

    /** The compiler's choice for the witness's defer sites across the versions the claims talk about. */
    private static String planByVersion(Run w) {
        StringBuilder sb = new StringBuilder();
        for (int minor : new int[] {12, 13, 14, 22}) {
            GoVersion v = new GoVersion(minor);
            List<String> sites = new ArrayList<>();
            for (SitePlan s : DeferPlanner.sites(CoreLowering.lower(w.core(), v, null), v)) {
                sites.add(s.allocation().text().replace(" defer", ""));
            }
            sb.append(minor == 12 ? "" : " | ").append("go").append(v).append(' ')
                    .append(sites.isEmpty() ? "no defers" : String.join(", ", sites));
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}

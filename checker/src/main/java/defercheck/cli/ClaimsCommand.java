package defercheck.cli;

import defercheck.core.CoreProgram;
import defercheck.core.GoPrinter;
import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import defercheck.properties.Claim;
import defercheck.properties.Claims;
import defercheck.properties.Run;
import defercheck.source.GoVersion;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code defercheck claims}: each claim of the origin document, decided by the smallest witness program. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Check each claim of the origin document (GO_DEFER_FACTS §7): confirmed, refuted or imprecise, with the smallest witness.")
final class ClaimsCommand implements Callable<Integer> {
    /** Big enough for every claim's witness (claim 5 needs five statements), searched smallest first. */
    static final Bound WITNESSES = new Bound("claims", 1, 3, 1, 1, 2, 5, false, false);

    @Option(names = "--go", paramLabel = "V", converter = GoVersionConverter.class, defaultValue = "1.23",
            description = "Go version the witnesses run at (default: ${DEFAULT-VALUE})")
    GoVersion version;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProgramSpace space = new ProgramSpace(WITNESSES);
        for (Claim c : Claims.ALL) {
            out.println("claim " + c.number() + ": \"" + c.claim() + "\"");
            Run w = null;
            long rank = 0;
            for (; rank < space.size() && w == null; rank++) {
                CoreProgram p = space.program(rank);
                Run r = Run.of(p, version);
                if (c.witness().test(r)) {
                    w = r;
                }
            }
            if (w == null) {
                out.println("  UNDECIDED: no witness in " + WITNESSES.describe());
                continue;
            }
            out.println("  " + c.verdict() + ": " + c.why() + " (witness rank " + (rank - 1) + ", Go " + version + ")");
            GoPrinter.print(w.core()).lines().forEach(l -> out.println("    | " + l));
            out.println("  output: exit " + w.outcome().exitCode() + ", stdout " + quote(w.outcome().stdout())
                    + ", stderr " + quote(defercheck.semantics.StderrNormalizer.normalize(w.outcome().stderr())));
        }
        out.flush();
        return 0;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}

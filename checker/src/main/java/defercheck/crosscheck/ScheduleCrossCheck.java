package defercheck.crosscheck;

import defercheck.coreprogram.CoreProgram;
import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import defercheck.fast.FastSuite;
import defercheck.fast.GoroutineRun;
import defercheck.source.GoVersion;
import defercheck.tlc.TlcResult;
import defercheck.tlc.TlcRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schedules of a goroutine bound, in Java and in TLA+: for every program of the bound with goroutines,
 * Java's abstract semantics runs each goroutine alone and {@code FastSchedules} gives the outcomes of every
 * schedule; a generated module {@code JavaSchedules} holds the runs and those sets, and TLC checks, with
 * Schedules.tla's interleaving steps, that
 * <ol>
 * <li>the outcomes of every schedule, folded ({@code Outcomes}), are exactly Java's set, for each program
 *     (an ASSUME);</li>
 * <li>every run of its state machine ({@code Steps} as the next-state relation) ends with one of Java's
 *     outcomes (invariant {@code MatchesJava}).</li>
 * </ol>
 * The runs alone are the abstract semantics' (the explorer compares every machine's with them); what TLC checks
 * here is the interleaving and Go's endings of goroutines.
 */
public final class ScheduleCrossCheck {
    static final String MODULE = "JavaSchedules";
    private static final Pattern KEY = Pattern.compile(
            "stdout \\[([0-9 -]*)] stderr \\[([0-9 -]*)] ([A-Z_]+) exit (\\d+)(?: \\[([0-9, -]*)])?");
    private final Path specDir;
    private final Path workDir;
    private final long timeoutSeconds;

    public ScheduleCrossCheck(Path specDir, Path workDir, long timeoutSeconds) {
        this.specDir = specDir;
        this.workDir = workDir;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** What one check found: programs with goroutines, Java's schedule count over them, and TLC's result. */
    public record Report(Bound bound, GoVersion version, long programs, long javaSchedules, TlcResult tlc) {
        public boolean ok() {
            return tlc.kind() == TlcResult.Kind.SUCCESS;
        }
    }

    public Report run(Bound bound, GoVersion version, int workers, PrintWriter out)
            throws IOException, InterruptedException {
        ProgramSpace space = new ProgramSpace(bound);
        FastSuite suite = new FastSuite(version);
        TlaTable runs = new TlaTable();
        TlaTable sets = new TlaTable();
        List<String> programs = new ArrayList<>();
        StringBuilder setOf = new StringBuilder();
        for (long i = 0; i < space.size(); i++) {
            CoreProgram p = space.program(i);
            if (!p.hasGoroutines()) {
                continue;
            }
            suite.run(p);
            List<String> entries = new ArrayList<>();
            for (GoroutineRun r : suite.goroutineRuns()) {
                entries.add(r.function() + " :> JavaRuns[" + runs.intern(run(r)) + "]");
            }
            programs.add(String.join(" @@ ", entries));
            setOf.append(programs.size() == 1 ? "" : programs.size() % 40 == 1 ? ",\n    " : ", ")
                    .append(sets.intern(outcomes(suite.outcomes())));
        }
        out.printf(Locale.ROOT, "bound %s, Go %s%nJava: %d programs with goroutines, %d schedules%n",
                bound.describe(), version, programs.size(), suite.schedulesExplored());
        out.flush();
        Files.createDirectories(workDir);
        Files.copy(specDir.resolve("Schedules.tla"), workDir.resolve("Schedules.tla"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(workDir.resolve(MODULE + ".tla"), module(bound, version, runs, programs, sets, setOf),
                StandardCharsets.UTF_8);
        Files.writeString(workDir.resolve(MODULE + ".cfg"), "INIT SInit\nNEXT SNext\nINVARIANT MatchesJava\n",
                StandardCharsets.UTF_8);
        TlcRunner runner = new TlcRunner(TlcRunner.locateTlatools(), workDir, workDir.resolve("meta"), timeoutSeconds);
        TlcRunner.Run r = runner.runKeepingOutput(MODULE, MODULE + ".cfg", workers);
        return new Report(bound, version, programs.size(), suite.schedulesExplored(), r.result());
    }

    static String run(GoroutineRun r) {
        List<String> steps = new ArrayList<>();
        for (GoroutineRun.Step s : r.steps()) {
            steps.add("[k |-> \"" + s.kind() + "\", v |-> " + s.value() + "]");
        }
        return "[steps |-> <<" + String.join(", ", steps) + ">>, end |-> [kind |-> \"" + r.ending().name()
                + "\", exit |-> " + r.exit() + ", crash |-> " + ints(r.crash()) + "]]";
    }

    private static String ints(int[] xs) {
        List<String> out = new ArrayList<>();
        for (int x : xs) {
            out.add(Integer.toString(x));
        }
        return "<<" + String.join(", ", out) + ">>";
    }

    /** Java's set of outcomes as TLA+ records (Schedules.tla's OutcomeOf), read back from FastSchedules' keys. */
    static String outcomes(Set<String> keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            Matcher m = KEY.matcher(k);
            if (!m.matches()) {
                throw new IllegalStateException("unexpected outcome " + k);
            }
            out.add("[out |-> " + seq(m.group(1)) + ", err |-> " + seq(m.group(2)) + ", kind |-> \""
                    + m.group(3) + "\", exit |-> " + m.group(4) + ", crash |-> "
                    + seq(m.group(5) == null ? "" : m.group(5)) + "]");
        }
        return "{" + String.join(", ", out) + "}";
    }

    private static String seq(String values) {
        String t = values.trim();
        return t.isEmpty() ? "<<>>" : "<<" + String.join(", ", t.split("[, ]+")) + ">>";
    }

    static String module(Bound bound, GoVersion version, TlaTable runs, List<String> programs, TlaTable sets,
                         CharSequence setOf) {
        return "---------------------------- MODULE " + MODULE + " ----------------------------\n"
                + "(* Generated by the schedule cross-check of " + bound.name() + " on Go " + version + ": each\n"
                + "   program with goroutines as the runs of its goroutines alone (Java's abstract semantics), and\n"
                + "   the outcomes of every schedule Java finds; TLC checks them against Schedules. *)\n"
                + "EXTENDS Schedules, TLC\n\n"
                + "VARIABLES\n"
                + "    idx,  \\* which Java program this behaviour runs (fixed after SInit)\n"
                + "    s     \\* the schedule's state (Schedules.Start, then Steps)\n\n"
                + "JavaRuns == " + runs.tuple() + "\n\n"
                + "JavaPrograms == <<\n    " + String.join(",\n    ", programs) + "\n>>\n\n"
                + "JavaOutcomeSets == " + sets.tuple() + "\n\n"
                + "JavaOutcomesOf == <<\n    " + setOf + "\n>>\n\n"
                + "\\* Every schedule's outcome, folded, is exactly Java's set (the differing programs printed).\n"
                + "ASSUME \\A i \\in 1..Len(JavaPrograms) :\n"
                + "    \\/ Outcomes(JavaPrograms[i], Start) = JavaOutcomeSets[JavaOutcomesOf[i]]\n"
                + "    \\/ PrintT(<<\"differs\", i, Outcomes(JavaPrograms[i], Start)>>) /\\ FALSE\n\n"
                + "SInit == idx \\in 1..Len(JavaPrograms) /\\ s = Start\n"
                + "SNext == \\/ /\\ s' \\in Steps(JavaPrograms[idx], s) /\\ UNCHANGED idx\n"
                + "         \\/ /\\ Ended(s) /\\ UNCHANGED <<idx, s>>\n\n"
                + "\\* Every schedule TLC runs ends with one of Java's outcomes for the program.\n"
                + "MatchesJava == Ended(s) => OutcomeOf(s) \\in JavaOutcomeSets[JavaOutcomesOf[idx]]\n"
                + "=============================================================================\n";
    }
}

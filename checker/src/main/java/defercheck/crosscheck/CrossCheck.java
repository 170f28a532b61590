package defercheck.crosscheck;

import defercheck.coreprogram.CoreProgram;
import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import defercheck.source.GoVersion;
import defercheck.tlc.OneRunModule;
import defercheck.tlc.TlcResult;
import defercheck.tlc.TlcRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first link between Java and TLA+ (docs/design.md, the glossary's ProgramSpace.tla programs): for one
 * explorer {@link Bound}, Java enumerates the programs with the explorer's own {@link ProgramSpace} and runs each
 * on its abstract semantics for one Go version ({@link ExplorerOutcome}); a generated module
 * {@code JavaCrossCheck} holds both as TLA+ values, and TLC checks that
 * <ol>
 * <li>Java's programs, as a set, equal ProgramSpace.tla's {@code ExplorerPrograms} and have no duplicates, so
 *     the counts are equal (ASSUMEs, with both counts printed);</li>
 * <li>GoDefer, started on each Java program (flattened by ProgramSpace.tla's {@code Flatten}), ends with
 *     exactly Java's log and outcome (invariant {@code MatchesJava}), and always ends (deadlock checking and
 *     the invariant {@code Terminates}, a bound on the steps of a run);</li>
 * <li>GoDefer's own invariants and action properties (LIFO order, at-most/exactly-once, named results, the
 *     panic-chain rules) hold on every one of them.</li>
 * </ol>
 */
public final class CrossCheck {
    static final String MODULE = "JavaCrossCheck";
    /** A bound on any run's length, far above the longest (21 steps at tiny). */
    static final int MAX_STEPS = 1000;
    private static final Pattern COUNT = Pattern.compile("<<\"TLC Cardinality\\(ExplorerPrograms\\)\", (\\d+)>>");
    private final Path specDir;
    private final Path workDir;
    private final long timeoutSeconds;

    public CrossCheck(Path specDir, Path workDir, long timeoutSeconds) {
        this.specDir = specDir;
        this.workDir = workDir;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** What one cross-check found. {@code tlcCount} is -1 when TLC did not get as far as printing it. */
    public record Report(Bound bound, GoVersion version, long javaCount, long tlcCount, TlcResult tlc,
                         double javaSeconds) {
        public boolean ok() {
            return tlc.kind() == TlcResult.Kind.SUCCESS && tlcCount == javaCount;
        }
    }

    public Report run(Bound bound, GoVersion version, int workers, PrintWriter out)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        ProgramSpace space = new ProgramSpace(bound);
        TlaTable bodies = new TlaTable();
        TlaTable results = new TlaTable();
        StringBuilder progs = new StringBuilder();
        StringBuilder resultOf = new StringBuilder();
        for (long i = 0; i < space.size(); i++) {
            String sep = i == 0 ? "    " : ",\n    ";
            CoreProgram p = space.program(i);
            progs.append(sep).append(ExplorerTla.program(p, bodies, "JavaBodies"));
            resultOf.append(i == 0 ? "" : i % 40 == 0 ? ",\n    " : ", ").append(results.intern(ExplorerOutcome.of(p, version)));
        }
        double javaSeconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "bound %s, Go %s%nJava: %d programs (explore.ProgramSpace), outcomes from the"
                + " abstract machine in %.1f s%n", bound.describe(), version, space.size(), javaSeconds);
        out.flush();
        Files.createDirectories(workDir);
        copySpecs();
        Files.writeString(workDir.resolve(MODULE + ".tla"), module(bound, version, bodies, progs, results, resultOf),
                StandardCharsets.UTF_8);
        Files.writeString(workDir.resolve(MODULE + ".cfg"), cfg(bound), StandardCharsets.UTF_8);
        TlcRunner runner = new TlcRunner(TlcRunner.locateTlatools(), workDir, workDir.resolve("meta"), timeoutSeconds);
        TlcRunner.Run r = runner.runKeepingOutput(MODULE, MODULE + ".cfg", workers);
        Matcher m = COUNT.matcher(r.output());
        long tlcCount = m.find() ? Long.parseLong(m.group(1)) : -1;
        return new Report(bound, version, space.size(), tlcCount, r.result(), javaSeconds);
    }

    private void copySpecs() throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(specDir, "*.tla")) {
            for (Path p : ds) {
                Files.copy(p, workDir.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static String module(Bound bound, GoVersion version, TlaTable bodies, CharSequence progs, TlaTable results,
                         CharSequence resultOf) {
        return "---------------------------- MODULE " + MODULE + " ----------------------------\n"
                + "(* Generated by defercheck tlc --cross-check " + bound.name() + " --go " + version + ": the\n"
                + "   explorer's programs and the log and outcome Java's abstract semantics gives each; TLC\n"
                + "   checks both against ProgramSpace and GoDefer. *)\n"
                + "EXTENDS GoDeferFlat, ProgramSpace\n"
                + "T == INSTANCE TLC  \\* not EXTENDS: TLC's Print would clash with GoDefer's Print action\n\n"
                + "VARIABLES\n"
                + "    idx,   \\* which Java program this behaviour runs (fixed after Init)\n"
                + "    steps  \\* steps taken before the run ended\n\n"
                + "\\* The Go version whose rules both sides follow (GoDefer's constant GoMinor, set in the cfg).\n"
                + "CCGoMinor == " + version.minor() + "\n\n"
                + "\\* The distinct function bodies of Java's programs (a program names each by its index).\n"
                + "JavaBodies == " + bodies.tuple() + "\n\n"
                + "JavaPrograms == <<\n" + progs + "\n>>\n\n"
                + "\\* The distinct outcomes, and for each program the index of Java's outcome for it.\n"
                + "JavaResults == " + results.tuple() + "\n\n"
                + "JavaResultOf == <<\n    " + resultOf + "\n>>\n\n"
                + "JavaOutcomes == [i \\in 1..Len(JavaPrograms) |-> JavaResults[JavaResultOf[i]]]\n\n"
                + "JavaSet == {JavaPrograms[i] : i \\in 1..Len(JavaPrograms)}\n"
                + "ASSUME T!PrintT(<<\"TLC Cardinality(ExplorerPrograms)\", Cardinality(ExplorerPrograms)>>)\n"
                + "\\* Same programs: no Java duplicates, and the same set as ProgramSpace.tla's ExplorerPrograms\n"
                + "\\* (the differences, quadratic to compute, are printed only when the sets differ).\n"
                + "ASSUME Cardinality(JavaSet) = Len(JavaPrograms)\n"
                + "ASSUME \\/ JavaSet = ExplorerPrograms\n"
                + "       \\/ /\\ T!PrintT(<<\"only in TLC\", ExplorerPrograms \\ JavaSet>>)\n"
                + "          /\\ T!PrintT(<<\"only in Java\", JavaSet \\ ExplorerPrograms>>)\n"
                + "          /\\ FALSE\n\n"
                + "\\* GoDefer's Init, with the program drawn from Java's list (equal to ExplorerPrograms by the\n"
                + "\\* ASSUMEs) and flattened into the form GoDefer runs.\n"
                + "CCInit == /\\ idx \\in 1..Len(JavaPrograms)\n"
                + "          /\\ prog = Flatten(JavaPrograms[idx])\n"
                + OneRunModule.GODEFER_START
                + "CCNext == /\\ FlatNext /\\ UNCHANGED idx\n"
                + "          /\\ steps' = IF outcome = Running THEN steps + 1 ELSE steps\n"
                + "CCSpec == CCInit /\\ [][CCNext]_<<vars, idx, steps>>\n\n"
                + "\\* When GoDefer's run ends, its log and outcome are Java's for the same program.\n"
                + "MatchesJava == outcome # Running => /\\ log = JavaOutcomes[idx].log\n"
                + "                                    /\\ outcome = JavaOutcomes[idx].outcome\n"
                + "\\* Every program's run ends. TLC's deadlock check finds a run stuck before its end (only an ended\n"
                + "\\* run stutters), and a run that went round a cycle would count its steps past any bound. This\n"
                + "\\* invariant does what <>(outcome # Running) under weak fairness did, without TLC's liveness\n"
                + "\\* graph, which cost a third of the run.\n"
                + "Terminates == steps <= " + MAX_STEPS + "\n"
                + "=============================================================================\n";
    }

    /** GoDefer's own invariants and action properties, which must hold for the explorer's programs too. */
    static final String GODEFER_LAWS = "INVARIANT PendingLIFO\nINVARIANT AtMostOnce\nINVARIANT ExactlyOnceAtEnd\n"
            + "INVARIANT NamedResultsAlias\nINVARIANT PanicsNested\nINVARIANT AbortedIffSuperseded\n"
            + "INVARIANT NoGoexitRecovered\nINVARIANT CrashTopUnrecovered\n"
            + "PROPERTY StartsNewest\nPROPERTY UnnamedSlotFixed\nPROPERTY RecoverNewest\n";

    static String cfg(Bound bound) {
        return ExplorerTla.constants(bound) + "    GoMinor <- CCGoMinor\n"
                + "SPECIFICATION CCSpec\nPROPERTY FlatProgTypeOK\nINVARIANT FlatVarsTypeOK\nINVARIANT MatchesJava\n"
                + "INVARIANT Terminates\n" + GODEFER_LAWS;
    }
}

package defercheck.cli;

import defercheck.crosscheck.CrossCheck;
import defercheck.crosscheck.ScheduleCrossCheck;
import defercheck.explore.Bound;
import defercheck.source.GoVersion;
import defercheck.tlc.CounterexampleJson;
import defercheck.tlc.CoverageGate;
import defercheck.tlc.Manifest;
import defercheck.tlc.ManifestCheck;
import defercheck.tlc.TlcResult;
import defercheck.tlc.TlcRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code defercheck tlc [--all | MODEL...]}: runs TLC on spec/ models and compares with spec/manifest.json.
 * Exit 0 only when every model matches: a passing model passes with the pinned counts, a mutant model is caught
 * by its pinned invariant or property. {@code --all} on the default profile also runs the coverage gate
 * ({@link CoverageGate}). Counterexamples replace the committed ones in traces/tlc/ only with {@code --update}.
 */
@Command(name = "tlc", mixinStandardHelpOptions = true,
        description = "Run TLC on the TLA+ models in spec/ and compare with spec/manifest.json.")
public final class TlcCommand implements Callable<Integer> {

    @Option(names = "--all", description = "Run every model of the selected profile.")
    boolean all;

    @Parameters(arity = "0..*", paramLabel = "MODEL", description = "MC module names, e.g. MCHeapDefer.")
    List<String> models = new ArrayList<>();

    @Option(names = "--workers", defaultValue = "2", description = "TLC workers for models expected to pass.")
    int workers;

    @Option(names = "--spec-dir", defaultValue = "spec", description = "Folder with the specs and manifest.json.")
    Path specDir;

    @Option(names = "--profile", defaultValue = "default", description = "Manifest profile for --all: default or large.")
    String profile;

    @Option(names = "--traces-dir", defaultValue = "traces/tlc", description = "Where counterexamples are saved: every"
            + " model's that did not match the manifest, and a mutant model's when this folder already holds one (the"
            + " committed examples).")
    Path tracesDir;

    @Option(names = "--timeout", defaultValue = "1800", description = "Seconds per TLC run.")
    long timeout;

    @Option(names = "--cross-check", paramLabel = "BOUND",
            description = "Check that the explorer (explore.ProgramSpace) and TLC (ProgramSpace.tla) enumerate the"
                    + " same programs of the explorer bound BOUND (tiny; small and up are large for TLC; or knobs"
                    + " spelled as explore names custom bounds, e.g. f1s2d2l1v1n3-noconds) and that"
                    + " GoDefer ends every one with the log and outcome of Java's abstract semantics. A bound with"
                    + " goroutines (tiny-go) checks instead that Schedules.tla and Java find the same outcomes of"
                    + " every schedule of each of its programs with goroutines.")
    String crossCheck;

    // Not the GoVersionOption mixin: only --cross-check reads --go (a manifest run checks the models as they
    // are), and the help must say so. Label, default, range and converter are the mixin's.
    @Option(names = "--go", paramLabel = GoVersionOption.LABEL, converter = GoVersionConverter.class,
            defaultValue = GoVersionOption.DEFAULT, description = "Go version whose rules both sides of --cross-check"
                    + " follow, " + GoVersionOption.RANGE + " (default: ${DEFAULT-VALUE}).")
    GoVersion go;

    @Option(names = "--update", description = "Rewrite the committed counterexamples in --traces-dir with TLC's new"
            + " ones. Without it a counterexample never replaces a file there; a mismatching model's goes beside"
            + " TLC's metadata (the path is printed).")
    boolean update;

    @CommandLine.Mixin
    ProgressOption progress = new ProgressOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (crossCheck != null) {
            return crossCheck();
        }
        Manifest manifest = Manifest.read(specDir.resolve("manifest.json"));
        List<Manifest.Entry> selected = new ArrayList<>();
        if (all) {
            selected.addAll(manifest.inProfile(profile));
        }
        for (String m : models) {
            selected.add(manifest.find(m).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "tlc: " + m + " is not in " + specDir.resolve("manifest.json"))));
        }
        if (selected.isEmpty()) {
            spec.commandLine().getErr().println("tlc: name models or use --all");
            return 64;
        }
        PrintWriter out = spec.commandLine().getOut();
        Path meta = Files.createTempDirectory("defercheck-tlc-");
        TlcRunner runner = new TlcRunner(TlcRunner.locateTlatools(), specDir, meta, timeout);
        ManifestCheck check = new ManifestCheck(runner, workers);
        // The gate needs every passing model of the profile the gate is about: `tlc --all`, default profile.
        boolean gate = all && "default".equals(profile);
        out.printf(Locale.ROOT, "%-34s %-44s %-44s %10s %6s %8s%n",
                "model", "expected", "got", "distinct", "depth", "seconds");
        out.flush();
        boolean[] ok = {true};
        int[] done = {0};
        Heartbeat beat = Heartbeat.start(progress.enabled(), spec.commandLine().getErr(),
                () -> "TLC: " + done[0] + " of " + selected.size() + " models done", 1000);
        List<ManifestCheck.Outcome> outcomes;
        try {
            outcomes = check.checkAll(selected, gate, o -> {
                ok[0] &= report(o, out, meta);
                done[0]++;
            });
        } finally {
            Heartbeat.stop(beat);
        }
        if (gate) {
            ok[0] &= gate(outcomes, manifest, meta, out);
        }
        return ok[0] ? 0 : 1;
    }

    /** One model's line (and why it does not match); writes its counterexample. False on a mismatch. */
    private boolean report(ManifestCheck.Outcome o, PrintWriter out, Path meta) {
        Manifest.Entry e = o.entry();
        TlcResult r = o.result();
        out.printf(Locale.ROOT, "%-34s %-44s %-44s %10d %6d %8.1f%s%n", e.model(), e.expected(),
                r.describe(), r.distinctStates(), r.depth(), r.seconds(), o.matches() ? "" : "  MISMATCH");
        if (!o.matches()) {
            out.println("  " + o.reason());
        }
        // A mutant's counterexample is the expected one: it replaces a committed example only on --update; a
        // mismatch's is always written, beside TLC's metadata when a committed file is in the way.
        boolean committed = Files.isRegularFile(tracesDir.resolve(e.model() + ".json"));
        boolean keep = !o.matches() || update && committed;
        if (!r.trace().isEmpty() && keep) {
            try {
                Path dir = committed && !update ? meta : tracesDir;
                out.println("  counterexample: " + CounterexampleJson.write(dir, e.model(), r));
            } catch (java.io.IOException ex) {
                out.println("  counterexample not written: " + ex.getMessage());
            }
        }
        out.flush();
        return o.matches();
    }

    /** The mutants' tally and the coverage gate's verdict. False when the gate fails. */
    private boolean gate(List<ManifestCheck.Outcome> outcomes, Manifest manifest, Path meta, PrintWriter out)
            throws java.io.IOException {
        long mutants = outcomes.stream().filter(o -> o.entry().mutant() != null).count();
        long caught = outcomes.stream().filter(o -> o.entry().mutant() != null && o.matches()).count();
        out.printf(Locale.ROOT, "mutants: %d of %d caught by their expected invariant or property%n", caught, mutants);
        CoverageGate.Report g = ManifestCheck.coverage(outcomes, manifest, specDir, meta);
        for (CoverageGate.Allowed a : g.allowed()) {
            out.println("coverage: allowed " + a.branch().branch() + ": " + a.spec() + ": " + a.branch().description()
                    + " (" + a.allowance().reason() + ")");
        }
        for (CoverageGate.Gap gap : g.gaps()) {
            out.println("coverage: NOT REACHED " + gap);
        }
        out.println(g.passes() ? "coverage: every action and every IF/CASE branch in an action is reached"
                : "coverage gate FAILED");
        out.flush();
        return g.passes();
    }

    private int crossCheck() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Bound bound;
        try {
            bound = crossCheckBound(crossCheck);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("tlc: " + e.getMessage());
            return 64;
        }
        if (bound.goroutines()) {
            return scheduleCrossCheck(bound, out);
        }
        Path work = Files.createTempDirectory("defercheck-crosscheck-");
        Heartbeat beat = Heartbeat.start(progress.enabled(), spec.commandLine().getErr(),
                () -> "cross-check of " + bound.name() + ": Java and TLC running", 1000);
        CrossCheck.Report r;
        try {
            r = new CrossCheck(specDir, work, timeout).run(bound, go, workers, out);
        } finally {
            Heartbeat.stop(beat);
        }
        out.printf(Locale.ROOT, "TLC: %s programs; %s, %d distinct states, depth %d, %.1f s%n",
                r.tlcCount() < 0 ? "?" : Long.toString(r.tlcCount()), r.tlc().describe(), r.tlc().distinctStates(),
                r.tlc().depth(), r.tlc().seconds());
        if (!r.ok()) {
            out.println("cross-check FAILED (module and cfg kept in " + work + ")");
            if (r.tlc().message() != null) {
                out.println(r.tlc().message());
            }
            out.flush();
            return 1;
        }
        out.println("cross-check passed: same " + r.javaCount() + " programs; GoDefer ends each with Java's log and"
                + " outcome for Go " + go);
        out.flush();
        return 0;
    }

    /**
     * A bound with goroutines: the schedules of every program with goroutines, Java's (FastSchedules on the
     * abstract semantics' runs of each goroutine alone) against Schedules.tla's (ScheduleCrossCheck).
     */
    private int scheduleCrossCheck(Bound bound, PrintWriter out) throws Exception {
        Path work = Files.createTempDirectory("defercheck-crosscheck-");
        Heartbeat beat = Heartbeat.start(progress.enabled(), spec.commandLine().getErr(),
                () -> "schedule cross-check of " + bound.name() + ": Java and TLC running", 1000);
        ScheduleCrossCheck.Report r;
        try {
            r = new ScheduleCrossCheck(specDir, work, timeout).run(bound, go, workers, out);
        } finally {
            Heartbeat.stop(beat);
        }
        out.printf(Locale.ROOT, "TLC: %s, %d distinct states, depth %d, %.1f s%n", r.tlc().describe(),
                r.tlc().distinctStates(), r.tlc().depth(), r.tlc().seconds());
        if (!r.ok()) {
            out.println("schedule cross-check FAILED (module and cfg kept in " + work + ")");
            if (r.tlc().message() != null) {
                out.println(r.tlc().message());
            }
            out.flush();
            return 1;
        }
        out.println("schedule cross-check passed: " + r.programs() + " programs with goroutines; for each, the"
                + " outcomes of every schedule are the same in Java and in Schedules.tla, for Go " + go);
        out.flush();
        return 0;
    }

    /** A named bound, or knobs spelled the way {@link Bound#renamed()} names a custom bound. */
    static Bound crossCheckBound(String name) {
        return Bound.named(name);
    }
}

package defercheck.oracle;

import defercheck.semantics.Event;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * yaegi, the Go interpreter of traefik. A batch is a few files, {@code batch-G.go} holding cases
 * {@code [G*N, G*N+N)} ({@link #CASES_PER_FILE}) and their dispatcher; {@code yaegi run batch-G.go K TO}
 * interprets one (the dispatcher reads its arguments from the end, after yaegi's own words). yaegi reads and
 * compiles the whole file in every process: measured here, a process of a 100-case file costs 28 ms of CPU,
 * of a 10-case file 10 ms, and about every second program ends its process. Nothing is compiled ahead, so
 * there is no plan. yaegi runs with {@code -unrestricted}: its default, restricted standard library replaces
 * {@code os.Exit} by a panic on purpose (so that a program embedding the interpreter survives a script's exit),
 * which runs deferred calls, can be recovered and exits 1; the unrestricted one is Go's {@code os.Exit}. The language version is the Go release
 * whose standard library yaegi was built with and interprets against: {@code runtime.Version()} inside yaegi.
 * An interpreted main that calls {@code runtime.Goexit} leaves yaegi asleep for good, so a process whose
 * threads all sleep without CPU time for {@value Processes#QUIET_MILLIS} ms, checked from
 * {@link #blockedAfterMillis()} on, is ended as blocked rather than at the timeout.
 */
public record YaegiAdapter(Path yaegi, String fullVersion, GoVersion language, String languageSource)
        implements Implementation {

    public static final List<Path> DEBIAN = List.of(Path.of("/usr/bin/yaegi"));

    private static final String VERSION_PROBE = "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\n"
            + "func main() {\n\tfmt.Println(runtime.Version())\n}\n";

    public static YaegiAdapter find(Path bin, GoVersion lang, Path work) throws IOException, InterruptedException {
        Path y = bin != null ? bin : Adapters.firstInstalled(DEBIAN, "yaegi");
        String full = Adapters.run(List.of(y.toString(), "version"), work).strip();
        if (lang != null) {
            return new YaegiAdapter(y, full, lang, "--lang");
        }
        Path dir = Files.createTempDirectory(work, "yaegi-probe");
        try {
            Files.writeString(dir.resolve("probe.go"), VERSION_PROBE);
            String v = Adapters.run(List.of(y.toString(), "run", dir.resolve("probe.go").toString()), dir).strip();
            return new YaegiAdapter(y, full, GoVersion.parse(v), "detected: runtime.Version() inside yaegi is " + v);
        } finally {
            Oracle.deleteTree(dir);
        }
    }

    @Override
    public String name() {
        return "yaegi";
    }

    @Override
    public String version() {
        return fullVersion;
    }

    @Override
    public String describe() {
        return "yaegi " + fullVersion + " (" + yaegi + "), Go language " + language + " (" + languageSource + ")";
    }

    @Override
    public boolean comparesPlan() {
        return false;
    }

    /** yaegi names the position of an unrecovered panic first, in the file it ran: the batch file, not prog.go. */
    static final CrashRule PANIC_POSITION = CrashRule.dropLines("panic-position",
            "yaegi starts its report of an unrecovered panic with `FILE:LINE:COL: panic`, a position in the file it"
                    + " ran (the batch file, not prog.go): the line is dropped",
            Pattern.compile("[^ \n]+\\.go:[0-9]+:[0-9]+: panic"));

    @Override
    public List<CrashRule> crashRules() {
        return List.of(PANIC_POSITION, CrashRule.GC_DUMP);
    }

    @Override
    public List<Quirk> quirks() {
        return List.of(PRINTLN_TO_STDOUT, PANIC_EXIT_1, PANIC_REPORT);
    }

    /** yaegi's println is fmt.Println's writer: it writes to os.Stdout. */
    static final Quirk PRINTLN_TO_STDOUT = new Quirk("println-to-stdout",
            "the builtins print and println write to standard output (gc: standard error), in the same order as"
                    + " everything else the program writes there",
            (e, model) -> {
                StringBuilder all = new StringBuilder();
                StringBuilder toErr = new StringBuilder();
                for (Event ev : model.observed()) {
                    if (ev instanceof Event.Output o) {
                        all.append(o.text());
                        if (o.stderr()) {
                            toErr.append(o.text());
                        }
                    }
                }
                if (toErr.isEmpty() || !e.stderr().startsWith(toErr.toString())) {
                    return e;
                }
                String crash = e.stderr().substring(toErr.length());
                return new CaseResult.Observed(e.exit(), all.toString(), crash, crash, e.plan());
            });

    /** The run command returns the panic as an error, and yaegi exits 1 for any error. */
    static final Quirk PANIC_EXIT_1 = new Quirk("panic-exit-1",
            "a program that ends in an unrecovered panic exits with status 1 (gc: 2)",
            (e, model) -> model.kind() == Outcome.Kind.PANIC_CRASH && e.exit() == 2
                    ? new CaseResult.Observed(1, e.stdout(), e.stderr(), e.rawStderr(), e.plan()) : e);

    private static final Pattern PANIC_LINE = Pattern.compile("\t?panic: (-?[0-9]+)( \\[recovered\\])?");

    /**
     * yaegi reports an unrecovered panic as {@code run: V} with the value of the newest panic only, where gc
     * prints every panic still on the goroutine, oldest first ({@code panic: 1 [recovered]}, then an indented
     * {@code panic: 2}), then an empty line (the stack listings that follow are not compared).
     */
    static final Quirk PANIC_REPORT = new Quirk("panic-report",
            "an unrecovered panic is reported as `run: V`, V the newest panic's value, where gc lists every panic"
                    + " still on the goroutine (`panic: 1 [recovered]`, then `\\tpanic: 2`) and an empty line",
            (e, model) -> {
                if (model.kind() != Outcome.Kind.PANIC_CRASH) {
                    return e;
                }
                String crash = OutputView.crashPart(e.stderr());
                String before = e.stderr().substring(0, e.stderr().length() - crash.length());
                String[] lines = crash.split("\n", -1);
                String last = null;
                for (String l : lines) {
                    java.util.regex.Matcher m = PANIC_LINE.matcher(l);
                    if (m.matches()) {
                        last = m.group(1);
                    } else if (!l.isEmpty()) {
                        return e;
                    }
                }
                if (last == null) {
                    return e;
                }
                String s = before + "run: " + last + "\n";
                return new CaseResult.Observed(e.exit(), e.stdout(), s, s, e.plan());
            });

    @Override
    public Map<String, String> environment() {
        return Map.of();
    }

    @Override
    public long blockedAfterMillis() {
        return 200;
    }

    static final int CASES_PER_FILE = 4;

    /** Nothing to build: a batch only needs to be long enough to keep the workers busy. */
    @Override
    public int defaultBatch() {
        return 100;
    }

    @Override
    public int casesPerProcess() {
        return CASES_PER_FILE;
    }

    @Override
    public Built build(Path dir, List<String> sources) throws IOException {
        long start = System.nanoTime();
        for (int from = 0; from < sources.size(); from += CASES_PER_FILE) {
            Batch.writeOneFile(dir, sources, from, Math.min(sources.size(), from + CASES_PER_FILE),
                    "batch-" + from / CASES_PER_FILE + ".go");
        }
        List<String> plans = new ArrayList<>();
        sources.forEach(s -> plans.add(""));
        return new Built(dir, dir, plans, (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public List<String> command(Built batch, String first, String second) {
        int k = Integer.parseInt(first);
        return List.of(yaegi.toString(), "run", "-unrestricted",
                batch.dir().resolve("batch-" + k / CASES_PER_FILE + ".go").toString(), first, second);
    }

    @Override
    public List<String> buildAlone(String source, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("prog.go"), source);
        // Relative to the process's directory, dir: yaegi's panic report starts with the path as given,
        // and a recorded run should not carry the scratch directory's name.
        return List.of(yaegi.toString(), "run", "-unrestricted", "prog.go");
    }
}

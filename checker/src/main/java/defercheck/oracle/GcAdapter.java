package defercheck.oracle;

import defercheck.coreprogram.CoreProgram;
import defercheck.source.GoVersion;
import defercheck.toolchain.GoToolchain;
import defercheck.toolchain.KnownBug;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gc toolchain, the ground truth: a batch is one module built by {@code go build -gcflags=-d=defer}
 * (each case in its own file, so the compiler's plan lines keep their positions and are compared with the
 * model's planner), linked without symbols or DWARF ({@code -ldflags=-s -w}: nothing reads them, the goroutine
 * dump that is not compared still names functions, and linking is cheaper). The language version is the
 * toolchain's release ({@code go env GOVERSION}), the go.mod line of every module; go build's own compile and
 * link steps are run directly ({@link GcRecipe}). Its crash text is what the
 * model prints, so the one rule is the model's own. It has no quirks; its known bugs are
 * {@link KnownBugShapes}'.
 */
public record GcAdapter(GoToolchain go, String fullVersion, GoVersion language, String languageSource,
                        GcRecipe recipe) implements Implementation {
    /** A -d=defer line: go build shortens the file's directory to ./, the compiler run directly prints it whole. */
    private static final Pattern PLAN_LINE = Pattern.compile("^(?:\\.|/.*)/c([0-9]+)\\.go:([0-9]+:[0-9]+: .*)$");

    /**
     * The toolchain whose go command is {@code goBin}; {@code lang} (null: its release) overrides the language.
     * Reads the compile and link steps of go build once ({@link GcRecipe}), in a probe module under {@code work}.
     */
    public static GcAdapter of(Path goBin, GoVersion lang, Path work) throws IOException, InterruptedException {
        GoToolchain go = GoToolchain.fromBinary(goBin);
        String full = go.go(Path.of(System.getProperty("java.io.tmpdir")), 60, "env", "GOVERSION").stdout().strip();
        GoVersion v = lang != null ? lang : new GoVersion(go.minor());
        Files.createDirectories(work);
        return new GcAdapter(go, full, v, lang != null ? "--lang" : "go env GOVERSION", GcRecipe.read(go, v.toString(), work));
    }

    @Override
    public String name() {
        return "gc";
    }

    @Override
    public String version() {
        return fullVersion;
    }

    @Override
    public String describe() {
        return "gc " + fullVersion + " (" + go.goBinary() + "), Go language " + language + " (" + languageSource + ")";
    }

    @Override
    public boolean comparesPlan() {
        return true;
    }

    @Override
    public List<CrashRule> crashRules() {
        return List.of(CrashRule.GC_DUMP);
    }

    /**
     * Writes the batch's module and builds it: with the compile and link steps of go build run directly when the
     * recipe was read, else with go build itself.
     */
    @Override
    public Built build(Path dir, List<String> sources) throws IOException, InterruptedException {
        long start = System.nanoTime();
        writeGoMod(dir);
        Batch.writeFiles(dir, sources);
        List<String> files = new ArrayList<>();
        for (int k = 0; k < sources.size(); k++) {
            files.add("c" + k + ".go");
        }
        files.add("main.go");
        files.sort(null);
        GoToolchain.Run r = recipe != null ? recipe.build(dir, files)
                : go.go(dir, 600, "build", "-gcflags=-d=defer", "-ldflags=-s -w", "-o", "bin", ".");
        if (r.exit() != 0) {
            throw new IOException("go" + go.version() + " build of " + dir + " failed:\n" + r.stderr());
        }
        StringBuilder[] plans = new StringBuilder[sources.size()];
        for (int k = 0; k < plans.length; k++) {
            plans[k] = new StringBuilder();
        }
        for (String line : r.stderr().split("\n")) {
            Matcher m = PLAN_LINE.matcher(line);
            if (m.matches()) {
                plans[Integer.parseInt(m.group(1))].append("prog.go:").append(m.group(2)).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder p : plans) {
            out.add(p.toString());
        }
        return new Built(dir, dir.resolve("bin"), out, (System.nanoTime() - start) / 1_000_000);
    }

    /** The module's go line is the language version, which decides panic(nil) and loop variables. */
    private void writeGoMod(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("go.mod"), "module prog\n\ngo " + language + "\n");
    }

    @Override
    public List<String> command(Built batch, String first, String second) {
        return List.of(batch.runnable().toString(), first, second);
    }

    @Override
    public List<String> buildAlone(String source, Path dir) throws IOException, InterruptedException {
        writeGoMod(dir);
        Files.writeString(dir.resolve("prog.go"), source);
        GoToolchain.Run r = go.go(dir, 120, "build", "-o", "prog", ".");
        if (r.exit() != 0) {
            throw new IOException("go" + go.version() + " build failed:\n" + r.stderr());
        }
        return List.of(dir.resolve("prog").toString());
    }

    @Override
    public Optional<KnownBug> knownBug(CoreProgram p, CaseResult.Observed real, CaseResult.Observed model) {
        return KnownBugShapes.explain(p, go.minor(), real, model);
    }
}

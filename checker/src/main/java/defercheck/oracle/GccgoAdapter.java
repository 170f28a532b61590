package defercheck.oracle;

import defercheck.source.GoVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * gccgo, the GCC front end for Go, with its own runtime (libgo). A batch is the gc batch's source, the case
 * files and the dispatcher, compiled as one package by one {@code gccgo -O2} invocation (the optimisation
 * {@code go build} passes it). Linked statically ({@code -static}): a dynamically linked binary spends about
 * half a second loading libgo.so before main on this machine, a static one a few milliseconds; libgo is the
 * same code either way. One more file, {@code limit.go}, caps the data segment at 1 GiB in an init function:
 * gccgo's goroutine stacks have no size limit, so a runaway program would take the machine's memory (measured:
 * 23 GB before the kernel killed it). No {@code -d=defer} plan. The language version is the last release tag
 * of gccgo's own go/build package (go1.18 for gccgo 12), printed by a probe program.
 */
public record GccgoAdapter(Path compiler, String fullVersion, GoVersion language, String languageSource)
        implements Implementation {

    /** Where Debian installs gccgo (the compiler, or its go command whose {@code go env GCCGO} names it). */
    public static final List<Path> DEBIAN = List.of(Path.of("/usr/bin/gccgo-12"), Path.of("/usr/bin/go-12"),
            Path.of("/usr/bin/gccgo"));

    static final String LIMIT = "package main\n\nimport \"syscall\"\n\n"
            + "// Caps the data segment, where gccgo's unlimited goroutine stacks grow, at 1 GiB.\n"
            + "func init() {\n\tlim := syscall.Rlimit{Cur: 1 << 30, Max: 1 << 30}\n"
            + "\tsyscall.Setrlimit(syscall.RLIMIT_DATA, &lim)\n}\n";

    /** The gccgo at {@code bin} (null: the first of {@link #DEBIAN} installed); {@code lang} overrides the language. */
    public static GccgoAdapter find(Path bin, GoVersion lang, Path work) throws IOException, InterruptedException {
        Path b = bin != null ? bin : Adapters.firstInstalled(DEBIAN, "gccgo");
        Path compiler = b.getFileName().toString().startsWith("go") && !b.getFileName().toString().startsWith("gccgo")
                ? Path.of(Adapters.run(List.of(b.toString(), "env", "GCCGO"), work).strip()) : b;
        String full = Adapters.run(List.of(compiler.toString(), "-dumpfullversion"), work).strip();
        if (lang != null) {
            return new GccgoAdapter(compiler, full, lang, "--lang");
        }
        return new GccgoAdapter(compiler, full, probeLanguage(compiler, work), "detected: last release tag of its go/build");
    }

    private static GoVersion probeLanguage(Path compiler, Path work) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(work, "gccgo-probe");
        try {
            Files.writeString(dir.resolve("probe.go"), Adapters.RELEASE_TAG_PROBE);
            Adapters.run(List.of(compiler.toString(), "-o", dir.resolve("probe").toString(),
                    dir.resolve("probe.go").toString()), dir);
            return GoVersion.parse(Adapters.run(List.of(dir.resolve("probe").toString()), dir).strip());
        } finally {
            Oracle.deleteTree(dir);
        }
    }

    @Override
    public String name() {
        return "gccgo";
    }

    @Override
    public String version() {
        return fullVersion;
    }

    @Override
    public String describe() {
        return "gccgo " + fullVersion + " (" + compiler + "), Go language " + language + " (" + languageSource + ")";
    }

    @Override
    public boolean comparesPlan() {
        return false;
    }

    @Override
    public List<CrashRule> crashRules() {
        return List.of(FATAL_RUNTIME_STACK, CrashRule.GC_DUMP);
    }

    /**
     * After a fatal error where gc prints no stack at all (the Goexit deadlock: no goroutine is left to list),
     * gccgo prints an empty line and {@code runtime stack:} with the runtime's own frames; gc's rule would keep
     * the empty line. The listing goes, empty line and all.
     */
    static final CrashRule FATAL_RUNTIME_STACK = CrashRule.replace("runtime-stack-after-fatal-error",
            "after `fatal error: no goroutines (main called runtime.Goexit) - deadlock!` gccgo prints an empty line"
                    + " and `runtime stack:` with libgo's frames, where gc prints nothing more: dropped, empty line"
                    + " included",
            Pattern.compile("(fatal error: no goroutines \\(main called runtime\\.Goexit\\) - deadlock!\n)\nruntime stack:\n[\\s\\S]*"),
            "$1");

    /**
     * gccgo -O2 takes about 15 ms of CPU per program and does not use a second core: smaller batches keep two
     * builds going at once from the start, and a build's wall time bounded on a loaded machine.
     */
    @Override
    public int defaultBatch() {
        return 250;
    }

    @Override
    public Built build(Path dir, List<String> sources) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Batch.writeFiles(dir, sources);
        Files.writeString(dir.resolve("limit.go"), LIMIT);
        List<String> cmd = new ArrayList<>(List.of(compiler.toString(), "-O2", "-static", "-o", "bin"));
        for (int k = 0; k < sources.size(); k++) {
            cmd.add("c" + k + ".go");
        }
        cmd.add("main.go");
        cmd.add("limit.go");
        Adapters.run(cmd, dir);
        List<String> plans = new ArrayList<>();
        sources.forEach(s -> plans.add(""));
        return new Built(dir, dir.resolve("bin"), plans, (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public List<String> command(Built batch, String first, String second) {
        return List.of(batch.runnable().toString(), first, second);
    }

    @Override
    public List<String> buildAlone(String source, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("prog.go"), source);
        Files.writeString(dir.resolve("limit.go"), LIMIT);
        Adapters.run(List.of(compiler.toString(), "-O2", "-static", "-o", "prog", "prog.go", "limit.go"), dir);
        return List.of(dir.resolve("prog").toString());
    }
}

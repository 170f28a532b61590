package defercheck.oracle;

import defercheck.toolchain.GoToolchain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compile and link commands that {@code go build -gcflags=-d=defer -ldflags=-s -w} runs for a main package
 * importing fmt, os and runtime, read once from {@code go build -n} and then run directly on every batch. The go
 * command itself costs about 0.3 CPU-seconds per build here (loading packages, hashing every file for the
 * build cache, storing the result there), about a quarter of building a 1,000-program batch; the compiler and
 * linker get exactly the flags and import configuration it would give them, in the same working directory, so
 * the binary and the {@code -d=defer} lines are the same.
 *
 * @param compile the compile command, {@code $WORK} standing for the batch directory, files not yet appended
 * @param link    the link command, likewise, with its environment ({@code GOROOT} from go1.21 on)
 * @param tuning  compiler flags added to go build's ({@link #TUNING}, or none to build exactly as go build)
 */
record GcRecipe(List<String> compile, String importcfg, List<String> link, Map<String, String> linkEnv,
                String importcfgLink, List<String> tuning) {
    /**
     * Compiler flags that go build does not give and that change no instruction of the program: {@code
     * -dwarf=false} skips generating DWARF, which the link step drops anyway ({@code -ldflags=-w}); it took a
     * 1,000-program batch's compile from 1.75 to 1.50 CPU-seconds (go1.23). Every function of package main gets
     * the same machine code, relocations and {@code -d=defer} lines (GcTuningToolchainTest compares them). The
     * package's object no longer carries an equality function of an atomic.Pointer instantiation that the DWARF
     * pass had emitted; the linked binary has the same symbols at the same addresses, and a few runtime
     * instructions address read-only data 96 bytes apart (go1.23).
     */
    static final List<String> TUNING = List.of("-dwarf=false");

    /**
     * The compiler's and linker's own garbage collector, less eager: on a 1,000-program batch the compiler spends
     * about a sixth of its time collecting, and GOGC=400 took its CPU time from 1.8 to 1.3 s here. Their output
     * does not depend on it (the same archive, byte for byte).
     */
    static final Map<String, String> TOOL_GC = Map.of("GOGC", "400");

    /** Imports every package a printed core program may use, so that the importcfg lists them all. */
    static final String PROBE = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"runtime\"\n\t\"sync\"\n)\n\n"
            + "var wg sync.WaitGroup\n\n"
            + "func main() {\n\tfmt.Println(len(os.Args))\n\truntime.Gosched()\n\twg.Wait()\n}\n";

    /** Reads the recipe from the go command of {@code go}, with a module whose go line is {@code lang}. */
    static GcRecipe read(GoToolchain go, String lang, Path work) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(work, "gc-recipe");
        try {
            Files.writeString(dir.resolve("go.mod"), "module prog\n\ngo " + lang + "\n");
            Files.writeString(dir.resolve("prog.go"), PROBE);
            String[] flags = {"-gcflags=-d=defer", "-ldflags=-s -w", "-o", "bin", "."};
            GoToolchain.Run real = go.go(dir, 600, concat("build", flags));
            if (real.exit() != 0) {
                throw new IOException("go build of the probe failed: " + real.stderr());
            }
            // After a real build the standard library is in the cache, so -n lists only the probe's own steps.
            Files.writeString(dir.resolve("prog.go"), PROBE + "\n// again\n");
            GoToolchain.Run dry = go.go(dir, 600, concat("build", concat("-n", flags)));
            if (dry.exit() != 0) {
                throw new IOException("go build -n failed: " + dry.stderr());
            }
            return parse(dry.stderr());
        } finally {
            Oracle.deleteTree(dir);
        }
    }

    private static String[] concat(String first, String... rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    /** Parses the output of {@code go build -n}; IOException when it is not the expected one-package build. */
    static GcRecipe parse(String dryRun) throws IOException {
        String[] lines = dryRun.split("\n");
        String importcfg = null;
        String importcfgLink = null;
        List<String> compile = null;
        List<String> link = null;
        Map<String, String> env = new TreeMap<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith("cat >$WORK/b001/importcfg << 'EOF'") || l.startsWith("cat >$WORK/b001/importcfg.link << 'EOF'")) {
                StringBuilder b = new StringBuilder();
                int j = i + 1;
                for (; j < lines.length && !lines[j].equals("EOF"); j++) {
                    b.append(lines[j]).append('\n');
                }
                if (l.contains("importcfg.link")) {
                    importcfgLink = b.toString();
                } else {
                    importcfg = b.toString();
                }
                i = j;
            } else if (l.contains("/compile -o $WORK/b001/_pkg_.a")) {
                compile = words(l, null);
            } else if (l.contains("/link -o $WORK/b001/exe/a.out")) {
                link = words(l, env);
            }
        }
        if (importcfg == null || importcfgLink == null || compile == null || link == null
                || !compile.get(compile.size() - 1).equals("./prog.go")) {
            throw new IOException("go build -n did not print one compile and one link step:\n" + dryRun);
        }
        compile.remove(compile.size() - 1);
        return new GcRecipe(List.copyOf(compile), importcfg, List.copyOf(link), Map.copyOf(env), importcfgLink,
                TUNING);
    }

    /** The same steps with go build's own compiler flags only. */
    GcRecipe withoutTuning() {
        return new GcRecipe(compile, importcfg, link, linkEnv, importcfgLink, List.of());
    }

    /** Splits a shell line of go build -n: words, double- or single-quoted words, leading NAME='value' settings. */
    private static List<String> words(String line, Map<String, String> env) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            StringBuilder w = new StringBuilder();
            while (i < line.length() && line.charAt(i) != ' ') {
                char d = line.charAt(i);
                if (d == '"' || d == '\'') {
                    int end = line.indexOf(d, i + 1);
                    w.append(line, i + 1, end);
                    i = end + 1;
                } else {
                    w.append(d);
                    i++;
                }
            }
            String word = w.toString();
            if (out.isEmpty() && env != null && word.matches("[A-Z_]+=.*")) {
                env.put(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1));
            } else {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * Compiles and links the package of {@code files} in {@code dir}. Returns the compiler's output on stderr,
     * where go build puts it (the compiler writes its {@code -d=defer} lines to stdout), or the failing step's.
     */
    GoToolchain.Run build(Path dir, List<String> files) throws IOException, InterruptedException {
        // go build's object directory ($WORK/b001): -trimpath names it, not the sources, as go build does.
        String work = Files.createDirectories(dir.resolve("obj")).toString();
        Files.writeString(dir.resolve("obj/importcfg"), importcfg);
        StringBuilder linkCfg = new StringBuilder();
        for (String l : importcfgLink.split("\n")) {
            linkCfg.append(l.startsWith("packagefile prog=") ? "packagefile prog=" + work + "/_pkg_.a" : l).append('\n');
        }
        Files.writeString(dir.resolve("obj/importcfg.link"), linkCfg.toString());
        List<String> c = new ArrayList<>();
        for (String w : compile) {
            c.add(w.replace("$WORK/b001", work));
        }
        c.addAll(tuning);
        files.forEach(f -> c.add("./" + f));
        GoToolchain.Run compiled = Adapters.exec(c, dir, TOOL_GC, Adapters.BUILD_SECONDS);
        if (compiled.exit() != 0) {
            return new GoToolchain.Run(compiled.exit(), "", compiled.stdout() + compiled.stderr());
        }
        List<String> l = new ArrayList<>();
        for (String w : link) {
            l.add(w.replace("$WORK/b001/exe/a.out", dir.resolve("bin").toString()).replace("$WORK/b001", work));
        }
        Map<String, String> env = new TreeMap<>(linkEnv);
        env.putAll(TOOL_GC);
        GoToolchain.Run linked = Adapters.exec(l, dir, env, Adapters.BUILD_SECONDS);
        return linked.exit() != 0 ? linked : new GoToolchain.Run(0, "", compiled.stdout() + compiled.stderr());
    }
}

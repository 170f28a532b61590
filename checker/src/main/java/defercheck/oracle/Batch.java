package defercheck.oracle;

import defercheck.toolchain.GoToolchain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One generated Go binary holding many cases. Case {@code k} is its program's printed source, unchanged but
 * for the package-level names ({@code main}, {@code fN}, {@code yes}, {@code no}), which get the prefix
 * {@code cK_}; it lives in its own file {@code cK.go}, so imports stay per case and every line and column,
 * hence every {@code -d=defer} position, is the standalone program's (renaming never moves a {@code defer}
 * keyword: it starts its line). {@code main.go} holds the dispatcher: {@code ./bin K} calls {@code cK_main}
 * through a table, so no case's main is inlined into the dispatcher, as no real main is inlined either.
 * Package variables are constants-initialised, so init order is not observable.
 */
final class Batch {
    private static final Pattern TOP_NAME = Pattern.compile("\\b(main|f[0-9]+|yes|no)\\b");
    private static final Pattern PLAN_LINE = Pattern.compile("^\\./c([0-9]+)\\.go:([0-9]+:[0-9]+: .*)$");

    private final Path dir;
    private final int size;

    private Batch(Path dir, int size) {
        this.dir = dir;
        this.size = size;
    }

    Path binary() {
        return dir.resolve("bin");
    }

    Path dir() {
        return dir;
    }

    int size() {
        return size;
    }

    /** The source of case {@code k}: {@code source} with its package-level names prefixed. */
    static String rename(String source, int k) {
        int nl = source.indexOf('\n');
        if (!source.startsWith("package main\n")) {
            throw new IllegalArgumentException("not a package main file");
        }
        Matcher m = TOP_NAME.matcher(source);
        m.region(nl + 1, source.length());
        StringBuilder out = new StringBuilder(source.length() + 64).append(source, 0, nl + 1);
        int last = nl + 1;
        while (m.find()) {
            out.append(source, last, m.start()).append('c').append(k).append('_').append(m.group(1));
            last = m.end();
        }
        return out.append(source, last, source.length()).toString();
    }

    /** Written to stdout and stderr before case K of a sequence (K in decimal), and after it when it returns. */
    static final char BEGIN = '\u0001';
    static final char END = '\u0002';

    /**
     * {@code ./bin K} runs case K alone, exactly as its own program would run. {@code ./bin K TO} runs cases
     * K, K+1, ... TO-1 in turn, each framed on both streams by {@code BEGIN K BEGIN} and {@code END}: a case
     * whose main returns has exited 0 (nothing runs after a Go main returns), and the first case that ends
     * the process (crash, fatal error, os.Exit, Goexit deadlock) is the last one of the sequence.
     */
    static String dispatcher(int cases) {
        StringBuilder b = new StringBuilder("package main\n\nimport \"os\"\n\nvar cases = [...]func(){");
        for (int k = 0; k < cases; k++) {
            b.append(k == 0 ? "" : ", ").append('c').append(k).append("_main");
        }
        b.append("}\n\n"
                + "func atoi(s string) int {\n\tn := 0\n\tfor _, c := range s {\n\t\tn = n*10 + int(c-'0')\n\t}\n"
                + "\treturn n\n}\n\n"
                + "func main() {\n\tk := atoi(os.Args[1])\n\tif len(os.Args) == 2 {\n\t\tcases[k]()\n\t\treturn\n\t}\n"
                + "\tfor to := atoi(os.Args[2]); k < to; k++ {\n"
                + "\t\tbegin := \"\\x01\" + itoa(k) + \"\\x01\"\n"
                + "\t\tos.Stdout.WriteString(begin)\n\t\tos.Stderr.WriteString(begin)\n"
                + "\t\tcases[k]()\n"
                + "\t\tos.Stdout.WriteString(\"\\x02\")\n\t\tos.Stderr.WriteString(\"\\x02\")\n\t}\n}\n\n"
                + "func itoa(n int) string {\n\tif n < 10 {\n\t\treturn string(rune('0' + n))\n\t}\n"
                + "\treturn itoa(n/10) + string(rune('0'+n%10))\n}\n");
        return b.toString();
    }

    /** The result of {@link #build}: the batch, and each case's {@code -d=defer} lines as {@code prog.go:L:C: ...}. */
    record Built(Batch batch, String[] plans, long millis) { }

    /**
     * Writes the module for {@code sources} into {@code dir} and builds it with {@code -gcflags=-d=defer}. The
     * linker leaves out the symbol table and DWARF ({@code -s -w}): the oracle never reads them, the goroutine
     * dump it ignores still has function names, and linking gets cheaper.
     */
    static Built build(GoToolchain go, Path dir, List<String> sources) throws IOException, InterruptedException {
        long start = System.nanoTime();
        go.writeGoMod(dir);
        for (int k = 0; k < sources.size(); k++) {
            Files.writeString(dir.resolve("c" + k + ".go"), rename(sources.get(k), k));
        }
        Files.writeString(dir.resolve("main.go"), dispatcher(sources.size()));
        GoToolchain.Run r = go.go(dir, 600, "build", "-gcflags=-d=defer", "-ldflags=-s -w", "-o", "bin", ".");
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
        String[] out = new String[plans.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = plans[k].toString();
        }
        return new Built(new Batch(dir, sources.size()), out, (System.nanoTime() - start) / 1_000_000);
    }
}

package defercheck.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Go source of a batch: many cases in one program. Case {@code k} is its program's printed source,
 * unchanged but for the package-level names ({@code main}, {@code fN}, {@code yes}, {@code no}, {@code wg}, the types {@code R}
 * and {@code I}), which get
 * the prefix {@code cK_}. For a compiler each case lives in its own file {@code cK.go}, so imports stay per case
 * and every line and column, hence every {@code -d=defer} position, is the standalone program's (renaming
 * never moves a {@code defer} keyword: it starts its line); {@code main.go} holds the dispatcher. For an
 * interpreter that runs one file, the cases follow each other in {@code batch.go} under one import list.
 * The dispatcher calls {@code cK_main} through a table, so no case's main is inlined into it, as no real main
 * is inlined either. Package variables are constants-initialised, so init order is not observable.
 */
final class Batch {
    private static final Pattern TOP_NAME = Pattern.compile("\\b(main|f[0-9]+|yes|no|wg|R|I)\\b");
    private static final Pattern IMPORTS = Pattern.compile("\nimport (?:\"([a-z/]+)\"\n|\\(\n((?:\t\"[a-z/]+\"\n)+)\\)\n)");

    /** Written to stdout and stderr before case K of a sequence (K in decimal), and after it when it returns. */
    static final char BEGIN = '\u0001';
    static final char END = '\u0002';

    private Batch() {
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

    /**
     * Writes {@code cK.go} for each source and {@code main.go} with the dispatcher, for a compiler that builds
     * the directory as one package.
     */
    static void writeFiles(Path dir, List<String> sources) throws IOException {
        Files.createDirectories(dir);
        for (int k = 0; k < sources.size(); k++) {
            Files.writeString(dir.resolve("c" + k + ".go"), rename(sources.get(k), k));
        }
        Files.writeString(dir.resolve("main.go"), "package main\n\nimport \"os\"\n" + dispatcher(0, sources.size()));
    }

    /** Writes every case and the dispatcher into {@code batch.go}, for an interpreter that runs one file. */
    static Path writeOneFile(Path dir, List<String> sources) throws IOException {
        return writeOneFile(dir, sources, 0, sources.size(), "batch.go");
    }

    /**
     * Writes cases {@code [from, to)} (numbered as in the whole batch) and their dispatcher into one file: an
     * interpreter reads the whole file for every process, so a file per few cases keeps that cost small.
     */
    static Path writeOneFile(Path dir, List<String> sources, int from, int to, String name) throws IOException {
        Files.createDirectories(dir);
        TreeSet<String> imports = new TreeSet<>(List.of("os"));
        StringBuilder bodies = new StringBuilder();
        for (int k = from; k < to; k++) {
            String renamed = rename(sources.get(k), k);
            Matcher m = IMPORTS.matcher(renamed);
            String body = renamed.substring("package main\n".length());
            if (m.find()) {
                if (m.group(1) != null) {
                    imports.add(m.group(1));
                } else {
                    for (String l : m.group(2).split("\n")) {
                        imports.add(l.strip().replace("\"", ""));
                    }
                }
                body = renamed.substring("package main\n".length(), m.start()) + renamed.substring(m.end());
            }
            bodies.append("\n// case ").append(k).append('\n').append(body.strip()).append('\n');
        }
        StringBuilder file = new StringBuilder("package main\n\nimport (\n");
        imports.forEach(i -> file.append("\t\"").append(i).append("\"\n"));
        file.append(")\n").append(bodies).append(dispatcher(from, to));
        Path f = dir.resolve(name);
        Files.writeString(f, file);
        return f;
    }

    /**
     * The dispatcher (after the package clause and an import of "os"). It reads its two arguments from the end
     * of the command line, as an interpreter puts its own words first: {@code K -} runs case K alone, exactly as
     * its own program would run; {@code K TO} runs cases K, K+1, ... TO-1 in turn, each framed on both streams
     * by {@code BEGIN K BEGIN} and {@code END}: a case whose main returns has exited 0 (nothing runs after a Go
     * main returns), and the first case that ends the process (crash, fatal error, os.Exit, Goexit deadlock) is
     * the last one of the sequence. The table holds cases {@code [from, to)}; case K is its entry K - from.
     */
    static String dispatcher(int from, int to) {
        StringBuilder b = new StringBuilder("\nvar cases = [...]func(){");
        for (int k = from; k < to; k++) {
            b.append(k == from ? "" : ", ").append('c').append(k).append("_main");
        }
        b.append("}\n\nconst base = ").append(from).append("\n\n"
                + "func atoi(s string) int {\n\tn := 0\n\tfor _, c := range s {\n\t\tn = n*10 + int(c-'0')\n\t}\n"
                + "\treturn n\n}\n\n"
                + "func main() {\n\tn := len(os.Args)\n\tk := atoi(os.Args[n-2])\n\tif os.Args[n-1] == \"-\" {\n"
                + "\t\tcases[k-base]()\n\t\treturn\n\t}\n"
                + "\tfor to := atoi(os.Args[n-1]); k < to; k++ {\n"
                + "\t\tbegin := \"\\x01\" + itoa(k) + \"\\x01\"\n"
                + "\t\tos.Stdout.WriteString(begin)\n\t\tos.Stderr.WriteString(begin)\n"
                + "\t\tcases[k-base]()\n"
                + "\t\tos.Stdout.WriteString(\"\\x02\")\n\t\tos.Stderr.WriteString(\"\\x02\")\n\t}\n}\n\n"
                + "func itoa(n int) string {\n\tif n < 10 {\n\t\treturn string(rune('0' + n))\n\t}\n"
                + "\treturn itoa(n/10) + string(rune('0'+n%10))\n}\n");
        return b.toString();
    }
}

package defercheck.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of a toolchain's test/ tree that GoTestTreeTest runs, found by rule rather than by a list: a
 * {@code // run} file (the first line that is not a build constraint, as the tree's harness reads it), outside
 * {@code *.dir}, built for linux/amd64, that uses {@code defer} or {@code recover()} and imports only
 * self-contained packages of the standard library.
 */
final class GoTestTree {

    /** The packages a qualifying file may import. */
    static final Set<String> SELF_CONTAINED = Set.of("fmt", "runtime", "strings", "os", "errors", "sync",
            "sync/atomic", "strconv", "sort", "math", "time", "bytes", "log");

    private static final Pattern IMPORT_LINE = Pattern.compile("(?m)^import\\s+(?:[\\w.]+\\s+)?\"([^\"]+)\"");
    private static final Pattern IMPORT_BLOCK = Pattern.compile("(?ms)^import\\s*\\((.*?)\\)");
    private static final Pattern PATH = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern DEFER = Pattern.compile("\\bdefer\\b|\\brecover\\(\\)");

    /** A qualifying file: its path relative to test/ and the arguments of its run line (usually none). */
    record Entry(String path, List<String> runArgs) { }

    private GoTestTree() {
    }

    static List<Entry> discover(Path tree, int goMinor) throws IOException {
        Path testDir = tree.toRealPath();
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(testDir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".go")).sorted().toList()) {
                if (insideDotDir(testDir, p)) {
                    continue;
                }
                String src = Files.readString(p, StandardCharsets.ISO_8859_1);
                List<String> action = action(src);
                if (action.isEmpty() || !action.get(0).equals("run") || !BuildConstraints.holds(src, goMinor)) {
                    continue;
                }
                String code = withoutComments(src);
                if (DEFER.matcher(code).find() && importsOnlySelfContained(src)) {
                    out.add(new Entry(testDir.relativize(p).toString(), runArgs(action, goMinor)));
                }
            }
        }
        return out;
    }

    /**
     * The run line's arguments. From go1.23 range over func is the language's and the rangefunc experiment is on
     * by default, so {@code -goexperiment rangefunc} (test/range4.go) asks for nothing: go1.23 runs such a file
     * as it is.
     */
    static List<String> runArgs(List<String> action, int goMinor) {
        List<String> args = action.subList(1, action.size());
        if (goMinor >= 23 && args.equals(List.of("-goexperiment", "rangefunc"))) {
            return List.of();
        }
        return args;
    }

    private static boolean insideDotDir(Path root, Path file) {
        for (Path part : root.relativize(file.getParent() == null ? root : file.getParent())) {
            if (part.toString().endsWith(".dir")) {
                return true;
            }
        }
        return false;
    }

    /** The execution recipe: the first non-empty line that is not a build constraint, without "//", split on blanks. */
    static List<String> action(String src) {
        for (String line : src.split("\n")) {
            if (line.startsWith("//go:build") || line.startsWith("// +build")) {
                continue;
            }
            String t = line.strip();
            if (t.startsWith("//")) {
                t = t.substring(2).strip();
            }
            if (!t.isEmpty()) {
                return List.of(t.split("\\s+"));
            }
        }
        return List.of();
    }

    static boolean importsOnlySelfContained(String src) {
        List<String> paths = new ArrayList<>();
        Matcher m = IMPORT_LINE.matcher(src);
        while (m.find()) {
            paths.add(m.group(1));
        }
        Matcher b = IMPORT_BLOCK.matcher(src);
        while (b.find()) {
            Matcher q = PATH.matcher(b.group(1));
            while (q.find()) {
                paths.add(q.group(1));
            }
        }
        return SELF_CONTAINED.containsAll(paths);
    }

    /** The source with comments blanked, so that "defer" in a comment does not count as a use. */
    static String withoutComments(String src) {
        StringBuilder sb = new StringBuilder(src.length());
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < src.length() && src.charAt(i + 1) == '/') {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < src.length() && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? src.length() : end + 2;
                sb.append(' ');
            } else if (c == '"' || c == '`' || c == '\'') {
                int end = literalEnd(src, i);
                sb.append(src, i, end);
                i = end;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static int literalEnd(String src, int start) {
        char q = src.charAt(start);
        int i = start + 1;
        while (i < src.length() && src.charAt(i) != q && (q == '`' || src.charAt(i) != '\n')) {
            i += q != '`' && src.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(src.length(), i + 1);
    }

    /**
     * The files the toolchain's own harness expects to fail (go1.19's test/run.go: the {@code ...Failures =
     * setOf(...)} lists, such as typeparam/issue51521.go, which the go1.19 linker cannot link). Later releases
     * keep no such list in test/.
     */
    static java.util.Set<String> expectedFailures(java.nio.file.Path testDir) throws java.io.IOException {
        java.nio.file.Path runGo = testDir.resolve("run.go");
        java.util.Set<String> out = new java.util.TreeSet<>();
        if (!java.nio.file.Files.exists(runGo)) {
            return out;
        }
        boolean inSet = false;
        for (String line : java.nio.file.Files.readAllLines(runGo, java.nio.charset.StandardCharsets.UTF_8)) {
            if (line.matches("^var \\w*Failures\\w* = setOf\\($")) {
                inSet = true;
            } else if (inSet && line.startsWith(")")) {
                inSet = false;
            } else if (inSet) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*\"([^\"]+)\"").matcher(line);
                if (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }
}

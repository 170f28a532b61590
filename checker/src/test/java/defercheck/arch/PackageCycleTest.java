package defercheck.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packages of each module depend on each other without a cycle (the layer order README describes), read
 * from the sources: an import or a fully qualified {@code defercheck.x.Name} names package x.
 */
class PackageCycleTest {
    private static final Pattern REFERENCE = Pattern.compile("\\bdefercheck\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");

    @ParameterizedTest
    @ValueSource(strings = {"../model/src/main/java/defercheck", "src/main/java/defercheck"})
    void packagesFormNoCycle(String root) throws IOException {
        Map<String, Set<String>> uses = graph(Paths.get(root));
        assertEquals(documented(Paths.get(root)), uses.keySet(), "the packages found under " + root
                + " are those with a package-info.java");
        assertEquals(List.of(), cycle(uses), "a package cycle under " + root + "; uses: " + uses);
    }

    /** The check sees a cycle between a package and its own sub-package (syntax and syntax.ast once had one). */
    @Test
    void seesACycleThroughASubPackage(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("syntax/ast"));
        Files.writeString(root.resolve("syntax/Parser.java"), "import defercheck.syntax.ast.Expr;");
        Files.writeString(root.resolve("syntax/ast/Expr.java"), "import defercheck.syntax.TokenKind;");
        assertEquals(List.of("syntax", "syntax.ast", "syntax"), cycle(graph(root)));
    }

    /** Every package under {@code root} that has a package-info.java, dotted as {@link #graph} names it. */
    private static Set<String> documented(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().equals("package-info.java"))
                    .map(p -> root.relativize(p.getParent()).toString().replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * Package name (relative to {@code root}, dotted: {@code syntax.ast}) to the packages it names. Every
     * directory holding a Java file is a package, however deep, so a sub-package and its parent are two nodes.
     */
    private static Map<String, Set<String>> graph(Path root) throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        List<Path> dirs;
        try (Stream<Path> walk = Files.walk(root)) {
            dirs = walk.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dir : dirs) {
            List<Path> sources;
            try (Stream<Path> files = Files.list(dir)) {
                sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            }
            if (sources.isEmpty()) {
                continue;
            }
            String pkg = root.relativize(dir).toString().replace('/', '.');
            Set<String> to = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
            for (Path f : sources) {
                Matcher m = REFERENCE.matcher(Files.readString(f));
                while (m.find()) {
                    String named = m.group(1);
                    if (!named.equals(pkg) && Files.isDirectory(root.resolve(named.replace('.', '/')))) {
                        to.add(named);
                    }
                }
            }
        }
        return uses;
    }

    /** A cycle as the packages on it (first repeated at the end), or empty. */
    private static List<String> cycle(Map<String, Set<String>> uses) {
        Set<String> done = new TreeSet<>();
        for (String start : uses.keySet()) {
            List<String> found = walk(start, uses, new ArrayList<>(), done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> walk(String p, Map<String, Set<String>> uses, List<String> path, Set<String> done) {
        int at = path.indexOf(p);
        if (at >= 0) {
            List<String> c = new ArrayList<>(path.subList(at, path.size()));
            c.add(p);
            return c;
        }
        if (done.contains(p)) {
            return List.of();
        }
        path.add(p);
        for (String q : uses.getOrDefault(p, Set.of())) {
            List<String> c = walk(q, uses, path, done);
            if (!c.isEmpty()) {
                return c;
            }
        }
        path.remove(path.size() - 1);
        done.add(p);
        return List.of();
    }
}

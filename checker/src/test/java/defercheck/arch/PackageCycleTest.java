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
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packages of each module depend on each other without a cycle (the layer order README describes), read
 * from the sources: an import or a fully qualified {@code defercheck.x.Name} names package x.
 */
class PackageCycleTest {
    private static final Pattern REFERENCE = Pattern.compile("\\bdefercheck\\.([a-z]+)\\.[A-Z]");

    @ParameterizedTest
    @ValueSource(strings = {"../model/src/main/java/defercheck", "src/main/java/defercheck"})
    void packagesFormNoCycle(String root) throws IOException {
        Map<String, Set<String>> uses = graph(Paths.get(root));
        assertTrue(uses.size() > 5, "packages found under " + root + ": " + uses.keySet());
        assertEquals(List.of(), cycle(uses), "a package cycle under " + root + "; uses: " + uses);
    }

    private static Map<String, Set<String>> graph(Path root) throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String pkg = dir.getFileName().toString();
                Set<String> to = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        Matcher m = REFERENCE.matcher(Files.readString(f));
                        while (m.find()) {
                            if (!m.group(1).equals(pkg) && Files.isDirectory(root.resolve(m.group(1)))) {
                                to.add(m.group(1));
                            }
                        }
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

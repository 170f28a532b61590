package defercheck.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository explains itself: no file in it cites a document that is not in it. The project was started
 * from briefing documents kept outside the repository; a reader of the repository cannot open them, so the
 * sources, specs and docs cite docs/, the Go spec, the Go runtime's sources and golang/go issues instead.
 * Every text file under the repository root is read (build output and version control excluded).
 */
class SelfContainedTest {
    /**
     * How the outside documents were cited: by their names, spelled with any separator and in any case (the
     * names are written as patterns here so that this file does not cite them either), except for the
     * briefing's design document, which must not be confused with the repository's own docs/design.md.
     */
    private static final List<Pattern> OUTSIDE_CITATIONS = List.of(
            Pattern.compile("go.defer.facts", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bDESIGN\\.md"),
            Pattern.compile("house.style\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("origin document", Pattern.CASE_INSENSITIVE),
            Pattern.compile("seed text", Pattern.CASE_INSENSITIVE));
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "node_modules");
    private static final String THIS_FILE = "SelfContainedTest.java";

    @Test
    void noFileCitesADocumentOutsideTheRepository() throws IOException {
        Path root = repositoryRoot();
        List<String> found = citations(root);
        assertEquals(List.of(), found, "files under " + root + " cite documents the repository does not hold;"
                + " cite docs/, the Go spec, runtime sources or golang/go issues instead");
    }

    /** The scan sees a citation, whatever its case, in any text file, and names file and line. */
    @Test
    void seesACitation(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("spec"));
        Files.createDirectories(root.resolve("target"));
        Files.writeString(root.resolve("spec/X.tla"),
                "(* fine *)\n(* see go-defer-facts section 2 *)\n(* DESIGN.md, Two links *)\n");
        Files.writeString(root.resolve("target/Y.java"), "// go.defer.facts, but build output is skipped\n");
        Files.writeString(root.resolve("notes.md"), "As the Origin Document says; see docs/design.md.\n");
        Files.write(root.resolve("blob.bin"), new byte[] {(byte) 0xff, 'G', 'O', '_', 'D', 'E', 'F', 'E', 'R'});
        assertEquals(List.of("notes.md:1: Origin Document", "spec/X.tla:2: go-defer-facts", "spec/X.tla:3: DESIGN.md"),
                citations(root));
    }

    private static List<String> citations(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(root)) {
            String text = decode(Files.readAllBytes(file));
            if (text == null) {
                continue;
            }
            String rel = root.relativize(file).toString().replace('\\', '/');
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (Pattern citation : OUTSIDE_CITATIONS) {
                    Matcher m = citation.matcher(lines[i]);
                    if (m.find()) {
                        found.add(rel + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        return found;
    }

    /** Regular files in path order, skipping build output, version control and this test's own source. */
    private static List<Path> files(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skip = !dir.equals(root) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString());
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !file.getFileName().toString().equals(THIS_FILE)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /** The text of a UTF-8 file without NUL bytes, or null for anything else (jars, images). */
    private static String decode(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The directory holding the parent pom and both modules, found upward from the working directory. */
    private static Path repositoryRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("model"))
                    && Files.isDirectory(dir.resolve("checker"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new AssertionError("no repository root above " + Paths.get("").toAbsolutePath());
    }
}

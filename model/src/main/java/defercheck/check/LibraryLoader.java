package defercheck.check;

import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import defercheck.syntax.Diagnostics;
import defercheck.syntax.Parser;
import defercheck.syntax.ast.GoFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads a library package's declarations: the resource {@code defercheck/lib/decl/PATH.go}, Go source of ours
 * with the package's exported API as bodyless functions and methods, types and variables, checked by the
 * model's own front end as that package (so its types print as {@code *errors.errorString}). Line comments
 * steer it:
 * <ul>
 * <li>{@code //go1.20 func Join(errs ...error) error}: the rest of the line exists from that release on
 * (before it, a use is gc's "undefined: errors.Join");</li>
 * <li>{@code //until1.20 readerCount int32}: the rest of the line exists only before that release (a field whose
 * type a release changed: sync.RWMutex's counters became atomic.Int32 in go1.20);</li>
 * <li>{@code //unsupported: Title NewReader File.Chmod}: exported names of the real package (members, or
 * {@code Type.Name} for a method or field) that the model does not provide; a use is refused as
 * {@code unsupported: strings.Title}. Every other exported name is undefined, as gc says.</li>
 * <li>{@code //opaque: File}: types whose declared unexported fields are not the real type's; a use of an
 * unexported name of theirs is refused (for the others gc's messages are reproduced).</li>
 * </ul>
 * A package is loaded once per program; its declarations may import other library packages.
 */
public final class LibraryLoader {

    private static final String ROOT = "/defercheck/lib/decl/";

    private LibraryLoader() {
    }

    /** Whether the model declares package {@code path}. */
    public static boolean declared(String path) {
        return LibraryLoader.class.getResource(ROOT + path + ".go") != null;
    }

    /** The package {@code path} as release {@code version} has it, loaded into {@code info}; null when undeclared. */
    static LibraryPackage load(String path, GoVersion version, Info info) {
        LibraryPackage loaded = info.libraries.get(path);
        if (loaded != null || !declared(path)) {
            return loaded;
        }
        Declarations decl = PARSED.computeIfAbsent(path + "@" + version, key -> parse(path, version));
        LibraryPackage lib = new LibraryPackage(path, decl.unsupported(), decl.opaque());
        info.libraries.put(path, lib);
        Diagnostics diags = new Diagnostics();
        Checker.checkLibrary(decl.file(), new Env(diags, version, info, lib));
        if (!diags.isEmpty()) {
            throw new IllegalStateException("library declarations of " + path + " for " + version + ": "
                    + diags.sorted());
        }
        return lib;
    }

    /**
     * A package's declarations as one release has them, parsed once per JVM: the syntax tree is immutable, and
     * only the type-checking, whose objects belong to one program's {@link Info}, is redone per program.
     */
    private record Declarations(GoFile file, Set<String> unsupported, Set<String> opaque) {
    }

    private static final java.util.Map<String, Declarations> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Declarations parse(String path, GoVersion version) {
        String text = versioned(read(path), version);
        Diagnostics diags = new Diagnostics();
        GoFile file = Parser.parse(new SourceFile(path + ".go", text), diags);
        if (!diags.isEmpty()) {
            throw new IllegalStateException("library declarations of " + path + " for " + version + ": "
                    + diags.sorted());
        }
        return new Declarations(file, directive(text, "//unsupported:"), directive(text, "//opaque:"));
    }

    /** The declaration text with the lines of later releases left as comments (line numbers kept). */
    public static String versioned(String text, GoVersion version) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("//go1.")) {
                int space = line.indexOf(' ');
                int minor = Integer.parseInt(line.substring(6, space < 0 ? line.length() : space));
                if (version.atLeast(minor)) {
                    line = space < 0 ? "" : line.substring(space + 1);
                }
            } else if (line.startsWith("//until1.")) {
                int space = line.indexOf(' ');
                if (!version.atLeast(Integer.parseInt(line.substring(9, space)))) {
                    line = line.substring(space + 1);
                }
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** The names a directive line ({@code //unsupported:}, {@code //opaque:}) lists, over all its lines. */
    private static Set<String> directive(String text, String prefix) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            if (line.startsWith(prefix)) {
                for (String n : line.substring(prefix.length()).trim().split("\\s+")) {
                    if (!n.isEmpty()) {
                        names.add(n);
                    }
                }
            }
        }
        return names;
    }

    /**
     * The runtime names of the natives package {@code path} needs on release {@code version}: every function
     * and method ({@code strings.Index}, {@code strings.(*Builder).Len}) and every variable ({@code os.Stdout}).
     */
    public static java.util.List<String> nativeNames(String path, GoVersion version) {
        Info info = new Info();
        LibraryPackage lib = load(path, version, info);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (FuncObj f : lib.functions()) {
            if (!f.decl().isMethod()) {
                out.add(path + "." + f.name());
                continue;
            }
            defercheck.ir.Type recv = f.type().params().get(0);
            boolean pointer = recv instanceof defercheck.ir.Type.Pointer;
            defercheck.ir.Type.Named n = (defercheck.ir.Type.Named) (pointer
                    ? ((defercheck.ir.Type.Pointer) recv).elem() : recv);
            out.add(path + (pointer ? ".(*" + n.name() + ")." : "." + n.name() + ".") + f.name());
        }
        lib.vars().forEach(v -> out.add(path + "." + v.name()));
        return out;
    }

    /** The declaration file's text, as written (for tests that compare it with the real package's API). */
    public static String read(String path) {
        try (InputStream in = LibraryLoader.class.getResourceAsStream(ROOT + path + ".go")) {
            if (in == null) {
                throw new IllegalArgumentException("no library declarations for " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

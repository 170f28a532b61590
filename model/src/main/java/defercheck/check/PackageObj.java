package defercheck.check;

import defercheck.syntax.ast.ImportSpec;

/**
 * An imported package under its local name; {@code used} feeds the "imported and not used" check. A package
 * outside the model ({@code supported} false) is refused once at its import, and its uses stay silent.
 */
public final class PackageObj implements Obj {

    private final String name;
    private final String path;
    private final ImportSpec spec;
    private final boolean supported;
    private final LibraryPackage library;
    private boolean used;

    public PackageObj(String name, String path, ImportSpec spec, boolean supported, LibraryPackage library) {
        this.name = name;
        this.path = path;
        this.spec = spec;
        this.supported = supported;
        this.library = library;
    }

    /** The package's declarations, or null for one whose members are only builtins (runtime). */
    public LibraryPackage library() {
        return library;
    }

    @Override
    public String name() {
        return name;
    }

    /** The import path, which names the package's members ({@code fmt.Println}). */
    public String path() {
        return path;
    }

    public boolean supported() {
        return supported;
    }

    public ImportSpec spec() {
        return spec;
    }

    public boolean used() {
        return used;
    }

    void markUsed() {
        used = true;
    }
}

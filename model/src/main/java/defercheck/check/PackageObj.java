package defercheck.check;

import defercheck.syntax.ast.ImportSpec;

/** An imported package (fmt, os or runtime); {@code used} feeds the "imported and not used" check. */
public final class PackageObj implements Obj {

    private final String name;
    private final ImportSpec spec;
    private boolean used;

    public PackageObj(String name, ImportSpec spec) {
        this.name = name;
        this.spec = spec;
    }

    @Override
    public String name() {
        return name;
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

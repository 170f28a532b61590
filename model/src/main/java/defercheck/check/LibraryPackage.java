package defercheck.check;

import defercheck.ir.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A standard-library package as the model provides it: the objects its declaration file declares (read by
 * {@link LibraryLoader}), its exported names that the model does not provide ({@code unsupported}), and
 * whether the program refers to a declared member (then its types' methods join the program's method sets).
 * Its functions and methods are natives: their FuncObjs have no index, the lowering numbers those it uses.
 */
public final class LibraryPackage {

    /** The oldest release whose library the model reproduces (the oldest checked against a real toolchain). */
    static final int OLDEST = 19;

    private final String path;
    private final Scope scope = new Scope(Universe.SCOPE);
    private final Set<String> unsupported;
    private final Set<String> opaque;
    final List<Type.Named> types = new ArrayList<>();
    final List<FuncObj> functions = new ArrayList<>();
    final List<Var> vars = new ArrayList<>();
    /** The library packages the declarations import: their values can come from this package's natives. */
    final List<LibraryPackage> imports = new ArrayList<>();
    private boolean referenced;

    LibraryPackage(String path, Set<String> unsupported, Set<String> opaque) {
        this.path = path;
        this.unsupported = Set.copyOf(unsupported);
        this.opaque = Set.copyOf(opaque);
    }

    /**
     * Whether the declaration of type {@code name} has fields of the model's own rather than the real type's
     * ({@code //opaque: File}): a use of an unexported field or method of it is refused, since gc's message
     * depends on the real fields.
     */
    boolean opaque(String name) {
        return opaque.contains(name);
    }

    public String path() {
        return path;
    }

    /** The package's name: the last element of its path ({@code math/bits} is {@code bits}). */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    Scope scope() {
        return scope;
    }

    /** The exported member {@code name} the declarations declare, or null. */
    Obj member(String name) {
        Obj o = scope.lookupLocal(name);
        return o != null && exported(name) ? o : null;
    }

    /**
     * Whether {@code name} (a member, or {@code Type.Method} for a method or field of a declared type) is an
     * exported name of the real package that the model does not provide.
     */
    boolean unsupported(String name) {
        return unsupported.contains(name);
    }

    /** Whether the declared library is offered on release {@code v}; older ones refuse its members. */
    static boolean modelled(defercheck.source.GoVersion v) {
        return v.atLeast(OLDEST);
    }

    /** types2's message for a use of an unexported package member; go1.23 starts it with "name". */
    static String notExported(String name, String pkg, defercheck.source.GoVersion v) {
        return (v.atLeast(23) ? "name " : "") + name + " not exported by package " + pkg;
    }

    static boolean exported(String name) {
        return Character.isUpperCase(name.codePointAt(0));
    }

    /** The defined types the declarations declare, exported or not. */
    public List<Type.Named> types() {
        return types;
    }

    /** The package-level functions and methods, all natives. */
    public List<FuncObj> functions() {
        return functions;
    }

    /** The package-level variables, whose initial values are natives too ({@code os.Stdout}). */
    public List<Var> vars() {
        return vars;
    }

    public boolean referenced() {
        return referenced;
    }

    /** The program refers to a member: this package's types, and those of the packages it imports, have methods. */
    void markReferenced() {
        if (!referenced) {
            referenced = true;
            imports.forEach(LibraryPackage::markReferenced);
        }
    }
}

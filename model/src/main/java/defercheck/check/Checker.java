package defercheck.check;

import defercheck.ir.Type;
import defercheck.source.GoVersion;
import defercheck.source.Span;
import defercheck.syntax.Diagnostics;
import defercheck.syntax.ast.ConstDecl;
import defercheck.syntax.ast.Decl;
import defercheck.syntax.ast.FuncDecl;
import defercheck.syntax.ast.GoFile;
import defercheck.syntax.ast.ImportSpec;
import defercheck.syntax.ast.TypeDecl;
import defercheck.syntax.ast.TypeSpec;
import defercheck.syntax.ast.VarDecl;
import defercheck.syntax.ast.VarSpec;
import java.util.List;
import java.util.Set;

/**
 * Name resolution and type checking of a parsed file, with gc's messages. Package-level functions are
 * declared first (their bodies may refer to each other in any order), then package variables in
 * source order, then function bodies are checked.
 */
public final class Checker {

    private static final Set<String> PACKAGES = Set.of("fmt", "os", "runtime");

    private final Env env;
    private final GoVersion version;

    private Checker(Diagnostics diags, GoVersion version) {
        this.env = new Env(diags, version);
        this.version = version;
    }

    /**
     * Checks {@code file}; errors go to {@code diags}, worded as the toolchain of {@code version} words
     * them. The Info is complete only when there are none.
     */
    public static Info check(GoFile file, Diagnostics diags, GoVersion version) {
        Checker c = new Checker(diags, version);
        c.run(file);
        return c.env.info;
    }

    private void run(GoFile file) {
        if (!file.packageName().name().equals("main")) {
            env.unsupported(file.packageName().span(), "package " + file.packageName().name() + " (only package main)");
        }
        imports(file.imports());
        env.info.init = new FuncInfo(new Type.Func(List.of(), List.of()), file.span(), null, null);
        declareTypes(file.decls());
        declareFunctions(file.decls());
        declareGlobals(file.decls());
        for (FuncObj f : env.info.functions) {
            env.stmts.funcBody(env.info.funcs.get(f.decl()), f.decl().type());
        }
        checkMain(file);
        reportUnused(file.imports());
    }

    /**
     * Binds each import's local name. A package outside the model is refused once, at its import; its name is
     * still bound so that its uses are silent rather than undefined.
     */
    private void imports(List<ImportSpec> specs) {
        for (ImportSpec spec : specs) {
            boolean known = PACKAGES.contains(spec.path());
            if (!known) {
                env.unsupported(spec.span(), "import \"" + spec.path() + "\"");
            }
            String local = spec.name() != null ? spec.name().name() : lastElement(spec.path());
            if (local.equals(".")) {
                env.unsupported(spec.name().span(), "dot imports");
            } else if (local.equals("_")) {
                continue;
            } else if (env.pkg.lookupLocal(local) != null) {
                env.error(spec.span(), local + " redeclared in this block");
            } else {
                env.pkg.insert(new PackageObj(local, spec.path(), spec, known));
            }
        }
    }

    private static String lastElement(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Package-level type declarations, before any signature mentions them. A defined type must have the
     * empty struct as its underlying type; others (named ints, interfaces with methods...) are outside the subset.
     */
    private void declareTypes(List<Decl> decls) {
        for (Decl d : decls) {
            if (!(d instanceof TypeDecl)) {
                continue;
            }
            for (TypeSpec spec : ((TypeDecl) d).specs()) {
                String name = spec.name().name();
                if (!spec.typeParams().isEmpty() || spec.alias()) {
                    env.unsupported(spec.name().span(), spec.alias() ? "type alias declarations" : "generic types");
                    poison(name);
                    continue;
                }
                Type underlying = env.types.resolve(spec.type());
                if (underlying == null || underlying == Type.INVALID) {
                    poison(name);
                    continue;
                }
                if (name.equals("_")) {
                    continue;
                }
                if (!(underlying instanceof Type.Struct)) {
                    env.unsupported(spec.name().span(), "defined types other than struct{}", "defined type " + name
                            + " with underlying type " + underlying + " (only struct{})");
                    poison(name);
                } else if (!redeclared(name, spec.name().span())) {
                    env.pkg.insert(new TypeObj(name, new Type.Named(name, underlying, spec.name().span())));
                }
            }
        }
    }

    /** Binds a name whose declaration was refused, so that its uses stay silent. */
    private void poison(String name) {
        if (!name.equals("_") && env.pkg.lookupLocal(name) == null) {
            env.pkg.insert(new BadObj(name));
        }
    }

    private void declareFunctions(List<Decl> decls) {
        for (Decl d : decls) {
            if (!(d instanceof FuncDecl)) {
                continue;
            }
            FuncDecl f = (FuncDecl) d;
            String name = f.name().name();
            if (f.isMethod()) {
                env.unsupported(f.name().span(), "methods");
                continue;
            }
            if (!f.typeParams().isEmpty()) {
                env.unsupported(f.name().span(), "generic functions");
                poison(name);
                continue;
            }
            Type.Func sig = env.types.signature(f.type());
            if (f.body() == null) {
                env.error(f.name().span(), "missing function body");
            } else if (name.equals("init")) {
                env.unsupported(f.name().span(), "func init");
            } else if (name.equals("main") && !(sig.params().isEmpty() && sig.results().isEmpty())) {
                env.error(f.name().span(), "func main must have no arguments and no return values");
            }
            if (name.equals("_") || name.equals("init") || redeclared(name, f.name().span())) {
                continue;
            }
            FuncObj obj = new FuncObj(name, sig, f, env.info.functions.size());
            env.info.functions.add(obj);
            env.info.funcs.put(f, new FuncInfo(sig, f.span(), f.body(), null));
            env.pkg.insert(obj);
        }
    }

    private boolean redeclared(String name, Span at) {
        Obj old = env.pkg.lookupLocal(name);
        if (old == null) {
            return false;
        }
        if (old instanceof BadObj) {
            return true;
        }
        Span prev = old instanceof FuncObj ? ((FuncObj) old).decl().name().span()
                : old instanceof Var ? ((Var) old).declared()
                : old instanceof TypeObj ? ((Type.Named) ((TypeObj) old).type()).declared()
                : ((PackageObj) old).spec().span();
        env.error(at, name + " redeclared in this block\n\t" + prev.position() + ": other declaration of " + name);
        return true;
    }

    private void declareGlobals(List<Decl> decls) {
        for (Decl d : decls) {
            if (d instanceof ConstDecl c) {
                env.unsupported(c.span(), "const declaration");
                c.specs().forEach(spec -> spec.names().forEach(n -> poison(n.name())));
            }
            if (!(d instanceof VarDecl)) {
                continue;
            }
            for (VarSpec spec : ((VarDecl) d).specs()) {
                List<Var> vars = env.assigns.varSpec(spec, Var.Kind.GLOBAL, env.info.globals.size());
                env.info.globals.addAll(vars);
                if (!spec.values().isEmpty()) {
                    env.info.globalInits.add(spec);
                }
                for (Var v : vars) {
                    if (!v.name().equals("_") && !redeclared(v.name(), v.declared())) {
                        env.pkg.insert(v);
                    }
                }
            }
        }
    }

    private void checkMain(GoFile file) {
        if (!(env.pkg.lookupLocal("main") instanceof FuncObj)) {
            env.error(file.packageName().span(), "function main is undeclared in the main package");
        }
    }

    /**
     * "imported and not used" and "declared and not used". Not after a refusal: the refused construct is not
     * checked, so a use inside it would go unseen and the message would be a cascade.
     */
    private void reportUnused(List<ImportSpec> specs) {
        if (env.diags.refused()) {
            return;
        }
        for (ImportSpec spec : specs) {
            Obj o = spec.name() == null ? env.pkg.lookupLocal(lastElement(spec.path()))
                    : env.pkg.lookupLocal(spec.name().name());
            if (o instanceof PackageObj && ((PackageObj) o).spec() == spec && !((PackageObj) o).used()) {
                env.error(spec.span(), UnusedMessages.importPath(spec.path(), version));
            }
        }
        for (Var v : env.locals) {
            if (!v.used()) {
                env.error(v.declared(), UnusedMessages.variable(v.name(), version));
            }
        }
    }
}

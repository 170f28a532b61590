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
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Name resolution and type checking of a parsed file, with gc's messages. Package-level types are declared
 * first, then functions and variables in source order (so a redeclaration is reported at the later one);
 * then the variables' initializers are checked, in source order or earlier when another one refers to
 * them, then function bodies, and last the initialization order of the variables is worked out.
 */
public final class Checker {

    /** The packages whose members the machines implement as builtins (ir.Builtin); others come from LibraryLoader. */
    private static final Set<String> PACKAGES = Set.of("fmt", "os", "runtime");

    private final Env env;
    private final GoVersion version;

    private Checker(Diagnostics diags, GoVersion version) {
        this(new Env(diags, version));
    }

    private Checker(Env env) {
        this.env = env;
        this.version = env.version;
    }

    /**
     * Checks a library package's declaration file into {@code env} (whose library it is): types, constants,
     * bodyless functions and methods, variables without initializers. Nothing there runs: the functions are
     * natives and the variables' values come from the natives too.
     */
    static void checkLibrary(GoFile file, Env env) {
        Checker c = new Checker(env);
        c.imports(file.imports());
        Map<TypeSpec, Type.Named> named = c.bindTypes(file.decls());
        c.typesAndConstants(file.decls(), named);
        for (Decl d : file.decls()) {
            if (d instanceof FuncDecl f && f.isMethod()) {
                env.methodDecls.declare(f);
            }
        }
        env.packageVars.checkAll(c.declareFunctionsAndVars(file.decls()));
    }

    /**
     * Checks {@code file}; errors go to {@code diags}, worded as the toolchain of {@code version} words
     * them. The Info is complete only when there are none.
     */
    public static Info check(GoFile file, Diagnostics diags, GoVersion version) {
        Checker c = new Checker(diags, version);
        c.run(file);
        if (diags.isEmpty()) {
            EvalOrder.check(c.env.info, diags);
        }
        return c.env.info;
    }

    private void run(GoFile file) {
        if (!file.packageName().name().equals("main")) {
            env.unsupported(file.packageName().span(), "package " + file.packageName().name() + " (only package main)");
        }
        imports(file.imports());
        env.info.init = new FuncInfo(new Type.Func(List.of(), List.of()), file.span(), null, null);
        Map<TypeSpec, Type.Named> named = bindTypes(file.decls());
        typesAndConstants(file.decls(), named);
        for (Decl d : file.decls()) {
            if (d instanceof FuncDecl f && f.isMethod()) {
                env.methodDecls.declare(f);
            }
        }
        List<VarSpec> specs = declareFunctionsAndVars(file.decls());
        env.packageVars.checkAll(specs);
        env.generics.checkGenericBodies();
        for (int i = 0; i < env.info.functions.size(); i++) {
            FuncObj f = env.info.functions.get(i);
            Object outer = env.inits.enter(f);
            if (env.generics.isInstance(f)) {
                env.generics.checkInstance(f);
            } else {
                env.stmts.funcBody(env.info.funcs.get(f.decl()), f.decl().type(), f.decl().recv());
            }
            env.inits.leave(outer);
        }
        env.info.globalInits.addAll(env.inits.order());
        reportUnused(file.imports());
        checkMain(file);
    }

    /**
     * Binds each import's local name. A package outside the model is refused once, at its import; its name is
     * still bound so that its uses are silent rather than undefined.
     */
    private void imports(List<ImportSpec> specs) {
        for (ImportSpec spec : specs) {
            LibraryPackage library = LibraryLoader.load(spec.path(), env.version, env.info);
            boolean known = library != null || PACKAGES.contains(spec.path());
            if (env.library != null && library != null) {
                env.library.imports.add(library);
            }
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
                env.pkg.insert(new PackageObj(local, spec.path(), spec, known, library));
            }
        }
    }

    private static String lastElement(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Binds the package's defined types before anything refers to them.
     */
    private Map<TypeSpec, Type.Named> bindTypes(List<Decl> decls) {
        Map<TypeSpec, Type.Named> out = new IdentityHashMap<>();
        for (Decl d : decls) {
            if (d instanceof TypeDecl t) {
                for (TypeSpec spec : t.specs()) {
                    if (mustBeFunc(spec.name().name(), spec.name().span())) {
                        continue;
                    }
                    Type.Named n = env.typeDecls.bind(spec, env.pkg, 0);
                    if (n != null) {
                        out.put(spec, n);
                    }
                }
            }
        }
        return out;
    }

    /** Underlying types and constants, in source order (array lengths may name constants, constants types). */
    private void typesAndConstants(List<Decl> decls, Map<TypeSpec, Type.Named> named) {
        for (Decl d : decls) {
            if (d instanceof TypeDecl t) {
                for (TypeSpec spec : t.specs()) {
                    Type.Named n = named.get(spec);
                    if (n != null) {
                        env.typeDecls.resolve(n);
                    } else {
                        resolveOther(spec);
                    }
                }
            } else if (d instanceof ConstDecl c) {
                for (ConstObj o : env.consts.decl(c)) {
                    if (!o.name().equals("_") && !mustBeFunc(o.name(), o.declared())
                            && !redeclared(o.name(), o.declared())) {
                        env.pkg.insert(o);
                    }
                }
            }
        }
        env.typeDecls.resolveAll();
    }

    /** An alias or a generic type, in source order (so that their errors come in a fixed phase). */
    private void resolveOther(TypeSpec spec) {
        String name = spec.name().name();
        if (spec.alias() && name.equals("_")) {
            env.types.resolve(spec.type());
        } else if (!name.equals("_") && !name.equals("init") && !name.equals("main")) {
            Obj o = env.pkg.lookupLocal(name);
            if (o instanceof GenericType g && g.spec() == spec) {
                env.generics.resolve(g);
            }
        }
    }

    /**
     * Functions and variables in source order, so that a redeclaration is reported at the later one; returns the
     * var specs, whose initializers are checked next. Types and constants were declared before.
     */
    private List<VarSpec> declareFunctionsAndVars(List<Decl> decls) {
        List<VarSpec> specs = new ArrayList<>();
        for (Decl d : decls) {
            if (d instanceof FuncDecl f) {
                declareFunction(f);
            } else if (d instanceof VarDecl v) {
                for (VarSpec spec : v.specs()) {
                    declareVars(spec);
                    specs.add(spec);
                }
            }
        }
        return specs;
    }

    /**
     * A function; {@code init} functions (any number, run in source order before main) are not declared in
     * the package scope: they cannot be referred to (Go spec "Package initialization"). Methods were declared
     * with their receiver types.
     */
    private void declareFunction(FuncDecl f) {
        String name = f.name().name();
        if (f.isMethod()) {
            return;
        }
        if (!f.typeParams().isEmpty()) {
            declareGeneric(f);
            return;
        }
        Type.Func sig = env.types.signature(f.type());
        if (env.library != null) {
            FuncObj obj = new FuncObj(name, sig, f, -1);
            env.library.functions.add(obj);
            env.info.funcs.put(f, new FuncInfo(sig, f.span(), null, null));
            env.pkg.insert(obj);
            return;
        }
        boolean init = name.equals("init");
        if (f.body() == null) {
            env.error(f.name().span(), "missing function body");
        } else if ((init || name.equals("main")) && !(sig.params().isEmpty() && sig.results().isEmpty())) {
            env.error(f.name().span(), "func " + name + " must have no arguments and no return values");
        }
        if (name.equals("_") || (!init && redeclared(name, f.name().span()))) {
            return;
        }
        FuncObj obj = new FuncObj(name, sig, f, env.info.functions.size());
        env.info.functions.add(obj);
        env.info.funcs.put(f, new FuncInfo(sig, f.span(), f.body(), null));
        env.inits.declare(obj);
        if (init) {
            env.info.initFuncs.add(obj);
        } else {
            env.pkg.insert(obj);
        }
    }

    /** A generic function: bound by name, instantiated where it is used (Go spec "Instantiations"). */
    private void declareGeneric(FuncDecl f) {
        String name = f.name().name();
        if (name.equals("init") || name.equals("main")) {
            env.error(f.name().span(), "func " + name + " must have no type parameters");
            return;
        }
        GenericFunc g = env.generics.declareFunc(f);
        if (f.body() == null) {
            env.error(f.name().span(), "missing function body");
        }
        if (!name.equals("_") && !redeclared(name, f.name().span())) {
            env.pkg.insert(g);
        }
    }

    private boolean redeclared(String name, Span at) {
        Obj old = env.pkg.lookupLocal(name);
        if (old == null) {
            return false;
        }
        if (!(old instanceof BadObj)) {
            env.error(at, name + " redeclared in this block" + TypeDeclChecker.otherDeclaration(old));
        }
        return true;
    }

    private void declareVars(VarSpec spec) {
        for (Var v : env.packageVars.declare(spec)) {
            if (!v.name().equals("_") && !mustBeFunc(v.name(), v.declared()) && !redeclared(v.name(), v.declared())) {
                env.pkg.insert(v);
            }
        }
    }

    /**
     * types2 declarePkgObj: in package main, {@code init} and {@code main} may only name functions; anything
     * else of that name is reported and not declared.
     */
    private boolean mustBeFunc(String name, Span at) {
        if (name.equals("init") || name.equals("main")) {
            env.error(at, "cannot declare " + name + " - must be func");
            return true;
        }
        return false;
    }

    /** The linker's error, so gc reports it only for a package that compiled. */
    private void checkMain(GoFile file) {
        if (env.diags.isEmpty() && env.pkg.lookupLocal("main") == null) {
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

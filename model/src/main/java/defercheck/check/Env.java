package defercheck.check;

import defercheck.source.GoVersion;
import defercheck.source.Span;
import defercheck.syntax.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/** State shared by the parts of the checker: diagnostics, results, the current function and the parts. */
final class Env {

    Diagnostics diags;
    /** The toolchain whose wording the messages follow. */
    final GoVersion version;
    final Info info;
    /** The package being checked: "main", or a library package whose declarations are read (LibraryLoader). */
    final String pkgName;
    /** The library package whose declarations are checked, or null for the program. */
    final LibraryPackage library;
    final List<Var> locals = new ArrayList<>();
    final TypeResolver types = new TypeResolver(this);
    final Assigner assign = new Assigner(this);
    final ExprChecker exprs = new ExprChecker(this);
    final OperatorChecker ops = new OperatorChecker(this);
    final ComparisonChecker comparisons = new ComparisonChecker(this);
    final CallChecker calls = new CallChecker(this);
    final BuiltinChecker builtins = new BuiltinChecker(this);
    final TypeBuiltins typeBuiltins = new TypeBuiltins(this);
    final NumericBuiltins numericBuiltins = new NumericBuiltins(this);
    final SelectorChecker selectors = new SelectorChecker(this);
    final MethodChecker methods = new MethodChecker(this);
    final IndexChecker indexes = new IndexChecker(this);
    final CompositeChecker composites = new CompositeChecker(this);
    final ConstChecker consts = new ConstChecker(this);
    final TypeDeclChecker typeDecls = new TypeDeclChecker(this);
    final RangeChecker ranges = new RangeChecker(this);
    final MethodDeclChecker methodDecls = new MethodDeclChecker(this);
    final Conversions conversions = new Conversions(this);
    final FormatChecker formats = new FormatChecker(this);
    final StmtChecker stmts = new StmtChecker(this);
    final SwitchChecker switches = new SwitchChecker(this);
    final InitOrder inits = new InitOrder(this);
    final PackageVars packageVars = new PackageVars(this);
    final AssignChecker assigns = new AssignChecker(this);
    final Scope pkg;
    final Generics generics = new Generics(this);
    final Instantiation instantiation = new Instantiation(this);
    /** The type parameters' (or type arguments') names while a generic declaration or instance is checked. */
    Scope typeScope;
    FuncContext ctx;
    /** Whether a method declaration was refused: then a selector that finds nothing may have meant it, silently. */
    boolean methodsRefused;
    /** The value of iota while a constant declaration is checked, else null. */
    Integer iota;
    /** The exact values of untyped constant operands, for untyped expressions typed later (Assigner.updateType). */
    final java.util.Map<defercheck.syntax.ast.Expr, ConstValue> untypedConsts = new java.util.IdentityHashMap<>();
    /** Non-constant shifts of untyped constants, typed by their context. */
    final java.util.Set<defercheck.syntax.ast.Expr> untypedShifts =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    Env(Diagnostics diags, GoVersion version) {
        this(diags, version, new Info(), null);
    }

    Env(Diagnostics diags, GoVersion version, Info info, LibraryPackage library) {
        this.diags = diags;
        this.version = version;
        this.info = info;
        this.library = library;
        this.pkgName = library == null ? "main" : library.name();
        this.pkg = library == null ? new Scope(Universe.SCOPE) : library.scope();
    }

    /**
     * Up to go1.19, types2 marked a variable whose initialization failed as used, to avoid follow-on
     * "declared but not used" errors (assignments.go initVar); later releases report it.
     */
    boolean failedInitCountsAsUse() {
        return !version.atLeast(20);
    }

    /** The innermost scope: the current block's, or the package scope outside functions. */
    Scope scope() {
        return ctx != null ? ctx.scope : typeScope != null ? typeScope : pkg;
    }

    void error(Span at, String message) {
        diags.error(at, message);
    }

    void unsupported(Span at, String what) {
        diags.unsupported(at, what);
    }

    /** Refuses {@code construct}, once per file: the message is {@code unsupported: what}. */
    void unsupported(Span at, String construct, String what) {
        diags.unsupported(at, construct, what);
    }
}

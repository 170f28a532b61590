package defercheck.check;

import defercheck.source.GoVersion;
import defercheck.source.Span;
import defercheck.syntax.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/** State shared by the parts of the checker: diagnostics, results, the current function and the parts. */
final class Env {

    final Diagnostics diags;
    /** The toolchain whose wording the messages follow. */
    final GoVersion version;
    final Info info = new Info();
    final List<Var> locals = new ArrayList<>();
    final TypeResolver types = new TypeResolver(this);
    final Assigner assign = new Assigner(this);
    final ExprChecker exprs = new ExprChecker(this);
    final OperatorChecker ops = new OperatorChecker(this);
    final CallChecker calls = new CallChecker(this);
    final Conversions conversions = new Conversions(this);
    final FormatChecker formats = new FormatChecker(this);
    final StmtChecker stmts = new StmtChecker(this);
    final SwitchChecker switches = new SwitchChecker(this);
    final InitOrder inits = new InitOrder(this);
    final PackageVars packageVars = new PackageVars(this);
    final AssignChecker assigns = new AssignChecker(this);
    final Scope pkg = new Scope(Universe.SCOPE);
    FuncContext ctx;

    Env(Diagnostics diags, GoVersion version) {
        this.diags = diags;
        this.version = version;
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
        return ctx != null ? ctx.scope : pkg;
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

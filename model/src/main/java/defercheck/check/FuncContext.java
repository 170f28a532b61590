package defercheck.check;

/**
 * The function being checked: its info and the innermost scope. gc checks branches and labels in its parser,
 * and only in a function body where the parser reported nothing; the checker reports the parser-level errors
 * of the defer statement itself, so branch errors ({@link BranchChecker}) wait in {@link #branchErrors} until
 * the body is done.
 */
final class FuncContext {

    final FuncInfo info;
    /**
     * The function whose frame holds the variables declared now: {@link #info}, or the body function of the
     * innermost range-over-func loop being checked, whose body gc compiles as a closure.
     */
    FuncInfo owner;
    Scope scope;
    /** Whether gc's parser would have reported an error in this body (syntax/parser.go funcBody). */
    boolean parserErrors;
    final java.util.List<defercheck.source.Diagnostic> branchErrors = new java.util.ArrayList<>();

    FuncContext(FuncInfo info, Scope scope) {
        this.info = info;
        this.owner = info;
        this.scope = scope;
    }

    void open() {
        scope = new Scope(scope);
    }

    void close() {
        scope = scope.parent();
    }
}

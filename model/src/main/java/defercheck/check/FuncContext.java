package defercheck.check;

/**
 * The function being checked: its info, the innermost scope and how many loops enclose the statement.
 * gc checks branches (misplaced break and continue) in its parser, and only in a function body where the
 * parser reported nothing; the checker reports the parser-level errors of the defer statement itself, so branch
 * errors wait in {@link #branchErrors} until the body is done.
 */
final class FuncContext {

    final FuncInfo info;
    Scope scope;
    int loops;
    /** Whether gc's parser would have reported an error in this body (syntax/parser.go funcBody). */
    boolean parserErrors;
    final java.util.List<defercheck.source.Diagnostic> branchErrors = new java.util.ArrayList<>();

    FuncContext(FuncInfo info, Scope scope) {
        this.info = info;
        this.scope = scope;
    }

    void open() {
        scope = new Scope(scope);
    }

    void close() {
        scope = scope.parent();
    }
}

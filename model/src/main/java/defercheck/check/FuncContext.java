package defercheck.check;

/** The function being checked: its info, the innermost scope and how many loops enclose the statement. */
final class FuncContext {

    final FuncInfo info;
    Scope scope;
    int loops;

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

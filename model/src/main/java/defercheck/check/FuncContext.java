package defercheck.check;

/** The function being checked: its info and the innermost scope. */
final class FuncContext {

    final FuncInfo info;
    Scope scope;

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

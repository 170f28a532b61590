package defercheck.syntax.ast;

import defercheck.source.Span;

/** Where a syntax error or an unsupported statement was reported. */
public record BadStmt(Span span) implements Stmt {

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.bad(this);
    }
}

package defercheck.syntax.ast;

import defercheck.source.Span;

/** The empty statement. */
public record EmptyStmt(Span span) implements Stmt {

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.empty(this);
    }
}

package defercheck.syntax.ast;

import defercheck.source.Span;

/** A channel send {@code ch <- value}. */
public record SendStmt(Expr chan, Expr value, Span span) implements Stmt {

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.send(this);
    }
}

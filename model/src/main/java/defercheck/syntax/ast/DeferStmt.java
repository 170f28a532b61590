package defercheck.syntax.ast;

import defercheck.source.Span;

/** A defer statement; {@code call} is whatever expression followed the keyword (checked later). */
public record DeferStmt(Expr call, Span span) implements Stmt {

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.deferStmt(this);
    }
}

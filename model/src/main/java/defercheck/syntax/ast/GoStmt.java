package defercheck.syntax.ast;

import defercheck.source.Span;

/** A go statement; {@code call} is whatever expression followed the keyword (checked later). */
public record GoStmt(Expr call, Span span) implements Stmt {

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.goStmt(this);
    }
}

package defercheck.syntax.ast;

import defercheck.source.Span;

/** {@code x++} or {@code x--}. */
public record IncDecStmt(Expr x, boolean increment, Span span) implements Stmt {

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.incDec(this);
    }
}

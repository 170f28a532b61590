package defercheck.syntax.ast;

import defercheck.source.Span;

/** An expression used as a statement (a call). */
public record ExprStmt(Expr x, Span span) implements Stmt {

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.exprStmt(this);
    }
}

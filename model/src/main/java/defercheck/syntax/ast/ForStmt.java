package defercheck.syntax.ast;

import defercheck.source.Span;

/** All three for forms; absent init, cond and post are null. */
public record ForStmt(Stmt init, Expr cond, Stmt post, Block body, Span span) implements Stmt {

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.forStmt(this);
    }
}

package defercheck.syntax.ast;

import defercheck.source.Span;

/** if with optional init (null) and else (null, a Block or another IfStmt). */
public record IfStmt(Stmt init, Expr cond, Block then, Stmt otherwise, Span span) implements Stmt {

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.ifStmt(this);
    }
}

package defercheck.syntax.ast;

import defercheck.source.Span;

/** A var declaration inside a function. */
public record DeclStmt(VarDecl decl, Span span) implements Stmt {

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.declStmt(this);
    }
}

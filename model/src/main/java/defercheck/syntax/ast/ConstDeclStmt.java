package defercheck.syntax.ast;

import defercheck.source.Span;

/** A const declaration inside a function. */
public record ConstDeclStmt(ConstDecl decl, Span span) implements Stmt {

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.constDecl(this);
    }
}

package defercheck.syntax.ast;

import defercheck.source.Span;

/** {@code label: stmt}; an empty statement when the label ends a block. */
public record LabeledStmt(Ident label, Stmt stmt, Span span) implements Stmt {

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.labeled(this);
    }
}

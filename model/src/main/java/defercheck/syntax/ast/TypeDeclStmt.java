package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** A type declaration inside a function, single or grouped. */
public record TypeDeclStmt(List<TypeSpec> specs, Span span) implements Stmt {
    public TypeDeclStmt {
        specs = List.copyOf(specs);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.typeDecl(this);
    }
}

package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** A braced statement list; {@code rbrace} locates the closing brace ("missing return" points there). */
public record Block(List<Stmt> stmts, Span span, Span rbrace) implements Stmt {

    public Block {
        stmts = List.copyOf(stmts);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.block(this);
    }
}

package defercheck.syntax.ast;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;

/** {@code break} or {@code continue} (kind BREAK or CONTINUE), without labels. */
public record BranchStmt(TokenKind kind, Span span) implements Stmt {

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.branch(this);
    }
}
